/** What time it is, for lockouts, expiry and idle timeouts; tests inject a clock they move by hand. */
export interface AuthClock {
  now(): Date;
}

/** Nest token for the people module's clock. */
export const AUTH_CLOCK = Symbol('AUTH_CLOCK');

/** The real clock: the one place in this module that reads the system time. */
export const systemAuthClock: AuthClock = { now: () => new Date() };
