import { AuthClock } from '@jixiao/people';

/** The auth clock, moved by hand: lockouts, expiry and idle timeouts without sleeping. */
export class ManualClock implements AuthClock {
  private instant = new Date();

  now(): Date {
    return new Date(this.instant.getTime());
  }

  advanceMinutes(minutes: number): void {
    this.instant = new Date(this.instant.getTime() + minutes * 60_000);
  }

  set(instant: Date): void {
    this.instant = new Date(instant.getTime());
  }
}
