import { useCallback, useRef, useState } from 'react';
import { ApiError } from '../../api/api-error';
import type { EvaluationPatch, Scorecard } from '../../features/evaluations/evaluations.queries';

/**
 * What the evaluator typed and has not saved yet, by field path — the paths the server names in its
 * errors: `amounts.executed`, `goalActual`, `executionDeductionReason`, `rows.<position>.actual`,
 * `rows.<position>.deductionReason`, `rows.<position>.deviationReason`. Everything else shows the server's scorecard.
 */
export type FieldPath = string;
type Edits = Record<FieldPath, string>;

const AMOUNT_FIELDS = ['executed', 'fiscalExecuted', 'otherExecuted'] as const;
const ROW_FIELDS = ['actual', 'deductionReason', 'deviationReason'] as const;

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
  if (third === 'actual') return row.actual ?? '';
  return (third === 'deviationReason' ? row.deviationReason : row.deductionReason) ?? '';
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

/** A field as the server names it (`rows[1].actual`, index into the rows sent) as a path here. */
function pathOf(field: string, patch: EvaluationPatch): FieldPath {
  const row = /^rows\[(\d+)\]\.(\w+)$/.exec(field);
  const sent = row ? patch.rows?.[Number(row[1])] : undefined;
  return row && sent ? `rows.${sent.position}.${row[2]}` : field;
}

/**
 * A refused save's errors on the fields they belong to: the validation pipe's fields (named as sent),
 * the engine's refusal of a row (`details.position`) or of the 预算执行率 row (the amounts just sent),
 * and a row rule (`details.row`, 1-based, with `details.field`).
 */
export function fieldErrorsOf(error: ApiError, patch: EvaluationPatch): Record<FieldPath, string> {
  const errors: Record<FieldPath, string> = {};
  for (const { field, messages } of error.fieldErrors) errors[pathOf(field, patch)] = messages.join('；');
  if (error.fieldErrors.length > 0) return errors;
  const { position, row, field } = error.details;
  if (typeof position === 'number') {
    errors[`rows.${position}.actual`] = error.message;
  } else if (typeof row === 'number' && row > 0) {
    const name =
      typeof field === 'string' && (ROW_FIELDS as readonly string[]).includes(field) ? field : 'actual';
    errors[`rows.${row - 1}.${name}`] = error.message;
  } else if (patch.amounts) {
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

/** What each part of the sheet (money block, indicator table) is drawn from and reports edits to. */
export interface SheetSectionProps {
  card: Scorecard;
  edits: Record<FieldPath, string>;
  errors: Record<FieldPath, string>;
  editable: boolean;
  onChange: (path: FieldPath, value: string) => void;
}

/** The value to show at a path: the unsaved edit, else the saved one. */
export function shownValue(card: Scorecard, edits: Edits, path: FieldPath): string {
  return path in edits ? edits[path] : savedValue(card, path);
}
