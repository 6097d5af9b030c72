import type { EvaluationRow } from '../entities';
import type { BulkColumn } from './bulk-update';

/** The computed columns of evaluation_row, written after every rescore. */
export const ROW_SCORE_COLUMNS: readonly BulkColumn[] = [
  { name: 'score', type: 'numeric' },
  { name: 'computed_score', type: 'numeric' },
  { name: 'reason', type: 'text' },
  { name: 'rule', type: 'text' },
  { name: 'reason_text', type: 'text' },
  { name: 'fallback', type: 'boolean' },
];

/** What an evaluator or reviewer enters on a row. */
export const ROW_ENTRY_COLUMNS: readonly BulkColumn[] = [
  { name: 'actual_text', type: 'text' },
  { name: 'actual', type: 'jsonb' },
  { name: 'band', type: 'text' },
  { name: 'manual_score', type: 'numeric' },
  { name: 'manual_reason', type: 'text' },
  { name: 'deduction_reason', type: 'text' },
  { name: 'weight', type: 'numeric' },
  { name: 'weight_reason', type: 'text' },
  { name: 'deviation_reason', type: 'text' },
];

/** The score columns of a stored row or of the engine's result for it (the same six fields). */
export function rowScoreValues(
  row: Pick<EvaluationRow, 'score' | 'computedScore' | 'reason' | 'rule' | 'reasonText' | 'fallback'>,
): unknown[] {
  return [
    row.score?.toString() ?? null,
    row.computedScore?.toString() ?? null,
    row.reason,
    row.rule,
    row.reasonText,
    row.fallback,
  ];
}

export function rowEntryValues(row: EvaluationRow): unknown[] {
  return [
    row.actualText,
    row.actual === null ? null : JSON.stringify(row.actual),
    row.band,
    row.manualScore?.toString() ?? null,
    row.manualReason,
    row.deductionReason,
    row.weight?.toString() ?? null,
    row.weightReason,
    row.deviationReason,
  ];
}
