import { monthEnd, parseDate } from './fiscal-date';
import { Checkpoint } from './rule-set';

/**
 * The checkpoint that governs an as-of date: the latest one whose month-end the date has reached.
 * An as-of date is inclusive (cumulative execution to the end of that day), so 2024-04-30 already
 * carries the 1–4月 figure and is held to the April checkpoint, as is 2024-05-01; 2024-04-29 is held
 * to none. Undefined before the first checkpoint, or when the date is not in `fiscalYear`.
 */
export function applicableCheckpoint(
  asOf: string,
  fiscalYear: number,
  checkpoints: readonly Checkpoint[],
): Checkpoint | undefined {
  if (parseDate(asOf).year !== fiscalYear) return undefined;
  return checkpoints
    .filter((c) => asOf >= monthEnd(fiscalYear, c.month))
    .reduce<Checkpoint | undefined>(
      (latest, c) => (latest && latest.month >= c.month ? latest : c),
      undefined,
    );
}
