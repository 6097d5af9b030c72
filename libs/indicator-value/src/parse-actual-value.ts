import { IndicatorValue } from './indicator-value';
import { normalisePrintedText } from './printed-text';
import { splitLeadingOperator } from './operator';
import { readValueBody } from './value-body';

/**
 * An actual (实际完成值) as an evaluator enters it or a self-evaluation table prints it: `1人`, `100%`, `0`,
 * `2023年12月31日前`, `优`. Same grammar as targets; a plain number means exactly that (`=`), a date
 * written with 前 means "by" (`≤`). No warnings: an actual states a fact, not a target.
 */
export function parseActualValue(printed: string): IndicatorValue {
  const text = printed.trim();
  const { operator, rest } = splitLeadingOperator(normalisePrintedText(printed));
  const body = readValueBody(rest);
  switch (body.kind) {
    case 'empty':
      return { kind: 'empty', operator, text };
    case 'qualitative':
      return { kind: 'qualitative', operator: '定性', label: body.label, text };
    case 'as-actual':
      return { kind: 'as-actual', operator: operator ?? '=', unit: body.unit, text };
    case 'deadline':
      return { kind: 'deadline', operator: operator ?? (body.before ? '≤' : '='), year: body.year, month: body.month, day: body.day, text };
    case 'number':
      return { kind: 'number', operator: operator === null || operator === '定性' ? '=' : operator, amount: body.amount, unit: body.unit, text };
  }
}
