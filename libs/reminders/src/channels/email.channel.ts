import { AppConfig } from '@jixiao/config';
import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { ReminderMessage } from '../delivery/reminder-message';
import { ReminderPreference } from '../preferences/reminder-preference.entity';
import { ReminderChannel } from './reminder-channel';

/** 邮件: over SMTP_URL; off (reaches nobody) while SMTP_URL is unset. */
@Injectable()
export class EmailChannel implements ReminderChannel, OnApplicationShutdown {
  readonly name = 'email' as const;
  private readonly transport: Transporter | null;

  constructor(private readonly config: AppConfig) {
    this.transport = config.SMTP_URL ? createTransport(config.SMTP_URL) : null;
  }

  reaches(preference: ReminderPreference | null): boolean {
    return this.transport !== null && Boolean(preference?.email);
  }

  async send(preference: ReminderPreference | null, message: ReminderMessage): Promise<void> {
    if (!this.transport || !preference?.email) throw new Error('e-mail is not configured for this recipient');
    await this.transport.sendMail({
      from: this.config.SMTP_FROM,
      to: preference.email,
      subject: message.title,
      text: message.link ? `${message.body}\n\n${message.link.web}` : message.body,
    });
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
