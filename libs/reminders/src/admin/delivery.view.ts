import type { ChannelName, ReminderKind } from '../delivery/reminder-message';
import type { DeliveryStatus } from '../delivery/reminder-delivery.entity';

export class DeliveryMessageView {
  title!: string;
  body!: string;
  link?: string;
}

/** 提醒发送记录 */
export class DeliveryView {
  id!: string;
  recipientId!: string;
  item!: string;
  period!: string;
  kind!: ReminderKind;
  channel!: ChannelName;
  status!: DeliveryStatus;
  message!: DeliveryMessageView;
  attempts!: number;
  error!: string | null;
  claimedAt!: Date;
  sentAt!: Date | null;
  readAt!: Date | null;
  createdAt!: Date;
}

export class DeliveryList {
  items!: DeliveryView[];
  total!: number;
}

export class RetryQueued {
  queued!: true;
}
