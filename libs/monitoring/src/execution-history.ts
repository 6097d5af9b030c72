import { Decimal } from '@jixiao/decimal';
import { AmountInput, parseAmount } from './amount';
import { parseDateInFiscalYear } from './fiscal-date';
import { MonitoringError } from './monitoring-error';

export interface ExecutionRecordInput {
  /** 截至日期, `YYYY-MM-DD`. */
  asOf: string;
  /** 累计执行数 (万元) from 1 January to the as-of date. */
  executed: AmountInput;
}

export interface ExecutionRecord {
  asOf: string;
  executed: Decimal;
  /** Position in the caller's array. */
  index: number;
}

/**
 * Checks the cumulative execution records of one project for one year and returns them in date order.
 * Refuses (MonitoringError, naming the record's index and date): an invalid date or one outside the
 * fiscal year, a missing, non-numeric or negative amount, two records for the same day, and a
 * cumulative amount lower than an earlier record's — cumulative spending cannot go down; a refund
 * is a correction of the earlier records, not a new one.
 */
export function validateExecutionHistory(
  records: readonly ExecutionRecordInput[],
  fiscalYear: number,
): ExecutionRecord[] {
  const parsed = records.map((record, index) => {
    parseDateInFiscalYear(record.asOf, fiscalYear, 'asOf', index);
    const executed = parseAmount(record.executed, 'executed', index, record.asOf);
    if (executed === null)
      throw new MonitoringError(
        'INVALID_AMOUNT',
        `第 ${index + 1} 条记录缺少累计执行数`,
        'executed',
        index,
        record.asOf,
      );
    return { asOf: record.asOf, executed, index };
  });
  // Stable sort: equal dates keep input order, so the later duplicate is the one named.
  const ordered = [...parsed].sort((a, b) => (a.asOf < b.asOf ? -1 : a.asOf > b.asOf ? 1 : 0));
  ordered.forEach((record, i) => {
    if (i === 0) return;
    const earlier = ordered[i - 1];
    if (record.asOf === earlier.asOf) {
      throw new MonitoringError(
        'DUPLICATE_DATE',
        `第 ${record.index + 1} 条记录与第 ${earlier.index + 1} 条日期相同（${record.asOf}）`,
        'asOf',
        record.index,
        record.asOf,
      );
    }
    if (record.executed.lt(earlier.executed)) {
      throw new MonitoringError(
        'CUMULATIVE_DECREASE',
        `${record.asOf} 累计执行数 ${record.executed.toString()} 万元低于 ${earlier.asOf} 的 ${earlier.executed.toString()} 万元`,
        'executed',
        record.index,
        record.asOf,
      );
    }
  });
  return ordered;
}
