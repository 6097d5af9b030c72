import { parseDateInFiscalYear } from './fiscal-date';
import { Decimal } from '@jixiao/decimal';
import { Ratio } from './ratio';

const MONTHS = Decimal.fromInt(12);

/**
 * 序时进度 = month / 12, where month is the calendar month of the as-of date (Shanghai day): the month
 * the date lies in counts as elapsed, so 2024-04-01 and 2024-04-30 are both 4/12 and 2024-05-01 is 5/12.
 * This is the plain rule of the monitoring forms (domain.md §7); it is generous early in a month,
 * which errs towards fewer false alarms. The date must lie in the fiscal year.
 */
export function timeProgress(asOf: string, fiscalYear: number): Ratio {
  const { month } = parseDateInFiscalYear(asOf, fiscalYear);
  // A month is 1–12, so the ratio always exists.
  return Ratio.of(Decimal.fromInt(month), MONTHS) as Ratio;
}
