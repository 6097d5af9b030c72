/**
 * A refused input: a record, an amount, a date or a rule set that cannot be evaluated.
 * Carries a stable code and the field (and, for a history, the record) at fault, so the API can map
 * it to a 400 and the CLI can name the line.
 */
export class MonitoringError extends Error {
  constructor(
    readonly code: MonitoringErrorCode,
    message: string,
    readonly field: string,
    /** Position of the offending record in the caller's array, where there is one. */
    readonly index: number | null = null,
    /** 截至日期 of the offending record, where there is one. */
    readonly asOf: string | null = null,
  ) {
    super(message);
    this.name = 'MonitoringError';
  }
}

export type MonitoringErrorCode =
  | 'INVALID_DATE' // not a real YYYY-MM-DD date
  | 'DATE_OUTSIDE_FISCAL_YEAR'
  | 'INVALID_AMOUNT' // not a decimal number, or missing where one is required
  | 'NEGATIVE_AMOUNT'
  | 'DUPLICATE_DATE' // two cumulative records for the same day
  | 'CUMULATIVE_DECREASE' // 累计执行数 lower than an earlier record's
  | 'INVALID_RULE_SET';
