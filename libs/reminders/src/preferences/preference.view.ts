import type { ChannelName } from '../delivery/reminder-message';

/** What this server can send at all (e-mail needs SMTP_URL). */
export class AvailableChannels {
  'in-app'!: boolean;
  email!: boolean;
  webhook!: boolean;
}

/** 提醒方式 of the caller. */
export class PreferenceView {
  channels!: ChannelName[];
  email!: string | null;
  webhookUrl!: string | null;
  available!: AvailableChannels;
}
