import { Clock } from '@jixiao/monitoring';

/** Nest token for the clock that says what "today" is (a Shanghai calendar day); tests inject a fixed one. */
export const CLOCK = Symbol('CLOCK');

/** The real clock: the one place that reads the system time. */
export const systemClock: Clock = { now: () => new Date() };
