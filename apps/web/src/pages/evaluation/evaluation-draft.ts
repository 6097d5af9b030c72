import { useCallback, useRef, useState } from 'react';
import { ApiError } from '../../api/api-error';
import type { EvaluationPatch, Scorecard } from '../../features/evaluations/evaluations.queries';

/**
 * What the evaluator typed and has not saved yet, by field path — the paths the server names in its
 * errors: `amounts.executed`, `goalActual`, `executionDeductionReason`, `rows.<position>.actual`,
 * `rows.<position>.deductionReason`. Everything else shows the server's scorecard.
 */
export type FieldPath = string;
type Edits = Record<FieldPath, string>;

const AMOUNT_FIELDS = ['executed', 'fiscalExecuted', 'otherExecuted'] as const;
const ROW_FIELDS = ['actual', 'deductionReason'] as const;

/** The scorecard's saved value at a path ('' for null). */
export function savedValue(card: Scorecard, path: FieldPath): string {
  const [head, second, third] = path.split('.');
  if (head === 'amounts') {
    const line =
      second === 'executed'
        ? card.money.total
        : second === 'fiscalExecuted'
          ? card.money.fiscal
          : card.money.other;
    return line.executed ?? '';
  }
  if (head === 'goalActual') return card.goal.actual ?? '';
  if (head === 'executionDeductionReason') return card.executionRate.deductionReason ?? '';
  const row = card.rows.find((r) => r.position === Number(second));
  if (!row) return '';
  return (third === 'actual' ? row.actual : row.deductionReason) ?? '';
}

/** The PATCH body for these edits (a blank field clears its value). */
export function patchOf(version: number, edits: Edits): EvaluationPatch {
  const value = (path: FieldPath) => (edits[path].trim() === '' ? null : edits[path].trim());
  const body: EvaluationPatch = { version };
  const amounts: Record<string, string | null> = {};
  const rows = new Map<number, Record<string, string | number | null>>();
  for (const path of Object.keys(edits)) {
    const [head, second, third] = path.split('.');
    if (head === 'amounts') amounts[second] = value(path);
    else if (head === 'goalActual') body.goalActual = value(path);
    else if (head === 'executionDeductionReason') body.executionDeductionReason = value(path);
    else if (head === 'rows') {
      const position = Number(second);
      const row = rows.get(position) ?? { position };
      row[third] = value(path);
      rows.set(position, row);
    }
  }
  if (Object.keys(amounts).length > 0) body.amounts = amounts;
  if (rows.size > 0) body.rows = [...rows.values()] as EvaluationPatch['rows'];
  return body;
}

/**
 * A refused save's errors on the fields they belong to: the validation pipe's paths (`rows.<index in
 * the patch>.actual`) and the engine's rows (`details.row`, 1-based, `details.field`).
 */
export function fieldErrorsOf(error: ApiError, patch: EvaluationPatch): Record<FieldPath, string> {
  const errors: Record<FieldPath, string> = {};
  for (const { field, messages } of error.fieldErrors) {
    const [head, index, name] = field.split('.');
    const path =
      head === 'rows' && patch.rows?.[Number(index)]
        ? `rows.${patch.rows[Number(index)].position}.${name}`
        : field;
    errors[path] = messages.join('；');
  }
  if (error.fieldErrors.length > 0) return errors;
  const { row, field } = error.details;
  if (typeof row === 'number' && row > 0) {
    errors[
      `rows.${row - 1}.${typeof field === 'string' && (ROW_FIELDS as readonly string[]).includes(field) ? field : 'actual'}`
    ] = error.message;
  } else if (patch.amounts) {
    // The 预算执行率 row refused (a negative amount): the amounts just sent are what it refused.
    const sent = AMOUNT_FIELDS.find((f) => patch.amounts?.[f] !== undefined) ?? 'executed';
    errors[`amounts.${sent}`] = error.message;
  }
  return errors;
}

/** The editor's unsaved edits and the errors on its fields. */
export function useEvaluationDraft() {
  const [edits, setEdits] = useState<Edits>({});
  const [errors, setErrors] = useState<Record<FieldPath, string>>({});
  const editsRef = useRef(edits);
  editsRef.current = edits;

  const edit = useCallback((path: FieldPath, value: string) => {
    setEdits((current) => ({ ...current, [path]: value }));
    setErrors((current) => {
      if (!(path in current)) return current;
      const { [path]: _removed, ...rest } = current;
      return rest;
    });
  }, []);

  /** After a save: forget the edits that were sent and not changed again while it ran. */
  const settle = useCallback((sent: Edits) => {
    setEdits((current) => {
      const next = { ...current };
      for (const [path, value] of Object.entries(sent)) if (next[path] === value) delete next[path];
      return next;
    });
  }, []);

  const reset = useCallback(() => {
    setEdits({});
    setErrors({});
  }, []);

  return { edits, editsRef, errors, setErrors, edit, settle, reset };
}

/** The value to show at a path: the unsaved edit, else the saved one. */
export function shownValue(card: Scorecard, edits: Edits, path: FieldPath): string {
  return path in edits ? edits[path] : savedValue(card, path);
}
