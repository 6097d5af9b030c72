import { ReminderClock } from '@jixiao/reminders';

/** The reminders' clock, set by hand: 08:00 in Shanghai (00:00 UTC) of the day set, like the daily run. */
export class ManualReminderClock implements ReminderClock {
  private instant = new Date('2025-01-01T00:00:00Z');

  setDay(day: string): void {
    this.instant = new Date(`${day}T00:00:00Z`);
  }

  now(): Date {
    return new Date(this.instant.getTime());
  }
}
