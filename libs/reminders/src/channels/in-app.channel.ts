import { Injectable } from '@nestjs/common';
import { ReminderChannel } from './reminder-channel';

/** 站内通知: the delivery row itself is the notification, so sending is storing it. */
@Injectable()
export class InAppChannel implements ReminderChannel {
  readonly name = 'in-app' as const;

  reaches(): boolean {
    return true;
  }

  async send(): Promise<void> {}
}
