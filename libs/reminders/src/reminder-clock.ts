/** What time it is for reminders; tests inject a clock they set by hand instead of waiting. */
export interface ReminderClock {
  now(): Date;
}

/** Nest token for the reminders' clock. */
export const REMINDER_CLOCK = Symbol('REMINDER_CLOCK');

/** The real clock: the one place in this module that reads the system time. */
export const systemReminderClock: ReminderClock = { now: () => new Date() };
