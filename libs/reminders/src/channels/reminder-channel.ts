import type { ReminderPreference } from '../preferences/reminder-preference.entity';
import type { ChannelName, ReminderMessage } from '../delivery/reminder-message';

/** A way to reach someone. `send` throws on failure; the delivery keeps the error and retries. */
export interface ReminderChannel {
  readonly name: ChannelName;
  /** Whether this channel can reach this person now (configured, address given). */
  reaches(preference: ReminderPreference | null): boolean;
  send(preference: ReminderPreference | null, message: ReminderMessage): Promise<void>;
}

/** Nest token: every channel the worker delivers on. */
export const REMINDER_CHANNELS = Symbol('REMINDER_CHANNELS');
