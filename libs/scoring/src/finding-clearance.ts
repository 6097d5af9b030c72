import type { Finding, FindingCode } from './finding';

/**
 * Which entry clears a finding, as a field path of the evaluation's PATCH body (`rows[3].deviationReason`
 * for the row at position 3): what a client highlights next to the finding. Findings no single entry
 * clears — information (OVER_EXECUTED), weights that must add up together, a printed block — have none.
 */
const ROW_FIELD: Partial<Record<FindingCode, string>> = {
  REASON_MISSING: 'deductionReason', // 扣分原因分析
  OVER_ACHIEVED: 'deviationReason', // 偏离原因
  ACTUAL_MISSING: 'actual',
  AMOUNT_NEEDED: 'actual', // the actual amount instead of a percentage
  BAND_REQUIRED: 'band',
  INCOMPARABLE: 'manualScore', // with manualReason
  TARGET_MISSING: 'manualScore',
  WEIGHT_MISSING: 'weight', // a manager's correction (the weights belong to the targets)
};

/** Findings of the 预算执行率 row and of the project, cleared by an evaluation-level entry. */
const EVALUATION_FIELD: Partial<Record<FindingCode, string>> = {
  REASON_MISSING: 'executionDeductionReason',
  EXECUTED_MISSING: 'amounts.executed',
  NO_BUDGET: 'executionManualScore', // a reviewer's decision
};

export function clearingField(finding: Pick<Finding, 'code' | 'row'>): string | null {
  if (finding.row === undefined) return EVALUATION_FIELD[finding.code] ?? null;
  const field = ROW_FIELD[finding.code];
  return field === undefined ? null : `rows[${finding.row}].${field}`;
}

/** The finding with `clearedBy` set where an entry clears it. */
export function withClearance<T extends Finding>(finding: T): T {
  const field = clearingField(finding);
  return field === null ? finding : { ...finding, clearedBy: field };
}
