import type { DeadlineValue } from './value-kinds';

const DAY_MS = 86_400_000;
/** A leap year, for deadlines whose year is printed nowhere: 2月底 then still means the 29th at the latest. */
const YEARLESS = 2000;

/**
 * Both deadlines as day counts from 1 January of the target's year (1 = 1 January), so a later date is a
 * larger number. A missing year comes from the other value, then the evaluation year; a missing day
 * means the end of the month (`8月底前`).
 */
export function deadlineDays(
  target: DeadlineValue,
  actual: DeadlineValue,
  year: number | null,
): [number, number] {
  const targetYear = target.year ?? actual.year ?? year ?? YEARLESS;
  const actualYear = actual.year ?? targetYear;
  const base = Date.UTC(targetYear, 0, 1);
  return [dayNumber(targetYear, target, base), dayNumber(actualYear, actual, base)];
}

function dayNumber(year: number, value: DeadlineValue, base: number): number {
  // Day 0 of the next month is the last day of this one.
  const time =
    value.day === null ? Date.UTC(year, value.month, 0) : Date.UTC(year, value.month - 1, value.day);
  return Math.round((time - base) / DAY_MS) + 1;
}
