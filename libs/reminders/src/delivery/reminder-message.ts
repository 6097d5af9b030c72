/**
 * Where a reminder takes its reader: the API resource a client loads and the web app's page for it
 * (`{ api: '/api/evaluations/<id>', web: '/evaluations/<id>' }`). Both resolve.
 */
export interface ReminderLink {
  api: string;
  web: string;
}

/** What a reminder says, whatever the channel (Chinese text for people, no codes; the link for the front end). */
export interface ReminderMessage {
  title: string;
  body: string;
  link?: ReminderLink;
}

/** Kinds of reminder: part of the delivery key. */
export type ReminderKind = 'due' | 'escalation' | 'review-request' | 'flag-opened' | 'review-outcome';

export const CHANNELS = ['in-app', 'email', 'webhook'] as const;
export type ChannelName = (typeof CHANNELS)[number];
