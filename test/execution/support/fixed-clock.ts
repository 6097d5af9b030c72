import { Clock } from '@jixiao/monitoring';

/** A clock the test moves by hand: noon in Shanghai (04:00 UTC) of the day set. */
export class FixedClock implements Clock {
  private instant = new Date('2024-01-15T04:00:00Z');

  setToday(date: string): void {
    this.instant = new Date(`${date}T04:00:00Z`);
  }

  now(): Date {
    return new Date(this.instant.getTime());
  }
}
