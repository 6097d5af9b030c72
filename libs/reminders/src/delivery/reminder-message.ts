/** What a reminder says, whatever the channel (Chinese text for people, the link for the front end). */
export interface ReminderMessage {
  title: string;
  body: string;
  /** Where the front end takes the reader, e.g. `/evaluations/<id>`. */
  link?: string;
}

/** Kinds of reminder: part of the delivery key. */
export type ReminderKind = 'due' | 'escalation' | 'review-request' | 'flag-opened';

export const CHANNELS = ['in-app', 'email', 'webhook'] as const;
export type ChannelName = (typeof CHANNELS)[number];
