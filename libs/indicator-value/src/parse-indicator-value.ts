import { Direction, IndicatorValue, Operator, ParsedIndicatorValue, ValueWarning } from './indicator-value';
import { normalisePrintedText } from './printed-text';
import { operatorOfColumn, splitLeadingOperator, splitOperatorWords } from './operator';
import { normaliseUnit } from './unit';
import { contradicts, derivedDirection, directionOfColumn } from './direction';
import { isReverseNaturedRate } from './reverse-natured-rate';
import { readValueBody, ValueBody } from './value-body';
import { sharedText } from './shared-text';

/** The printed cells of one target: 指标性质, 指标值, 度量单位, 指标方向性 and the 三级指标 name. */
export interface PrintedIndicatorValue {
  operator?: string | null;
  value: string | null;
  unit?: string | null;
  direction?: string | null;
  name?: string | null;
}

/**
 * The one parser for a target (指标性质 + 指标值 + 度量单位 [+ 指标方向性]), in every printed form the
 * documents use: operator in its own column or folded into the value, full-width or ASCII, wrapped cells.
 * Never throws; anything doubtful becomes a warning and the printed text is kept in `value.text`.
 */
export function parseIndicatorValue(input: PrintedIndicatorValue): ParsedIndicatorValue {
  const warnings: ValueWarning[] = [];
  // The verbatim text is kept by the value (and the indicator); identical cells share one string.
  const text = sharedText(joinPrinted(input.operator, input.value, input.unit));
  const operatorText = normalisePrintedText(input.operator ?? '');
  const valueText = normalisePrintedText(input.value ?? '');
  const unitColumn = normaliseUnit(normalisePrintedText(input.unit ?? ''));

  let columnOperator = operatorOfColumn(operatorText);
  if (columnOperator === undefined) {
    warnings.push({ code: 'OPERATOR_CONFLICT', message: `指标性质 "${operatorText}" is not an operator; read from the value instead` });
    columnOperator = null;
  }
  const folded = splitLeadingOperator(valueText);
  let operator: Operator | null = columnOperator ?? folded.operator;
  if (columnOperator !== null && folded.operator !== null && folded.operator !== columnOperator) {
    warnings.push({ code: 'OPERATOR_CONFLICT', message: `指标性质 ${columnOperator} but the value says ${folded.operator}` });
  }

  let body: ValueBody | null = null;
  if (operator === null) {
    // `不低于90%`, `95%以上`: the operator is a word.
    const worded = splitOperatorWords(folded.rest);
    const reread = worded.operator === null ? null : readValueBody(worded.rest);
    if (reread !== null && reread.kind === 'number') {
      operator = worded.operator;
      body = readBodyWithUnitColumn(worded.rest, unitColumn, warnings);
    }
  }
  body ??= readBodyWithUnitColumn(folded.rest, unitColumn, warnings);

  const value = targetValue(body, operator, text, warnings);
  const direction = resolveDirection(value, input.direction, warnings);
  if ((value.operator === '≥' || value.operator === '>') && mayBeReverseNaturedRate(input.name)) {
    warnings.push({ code: 'REVERSE_RATE_WITH_GE', message: `"${input.name}" is lower-is-better by nature but printed with ${value.operator}` });
  }
  return { value, direction, warnings };
}

/**
 * Only a name with 率 can be one of those rates, and normalising never makes a 率: most names (with their
 * full-width brackets, `次数（次）`) are not normalised at all.
 */
function mayBeReverseNaturedRate(name: string | null | undefined): boolean {
  return !!name && name.includes('率') && isReverseNaturedRate(normalisePrintedText(name));
}

/** The printed cells joined verbatim (trimmed, empty ones left out), e.g. `≤ 5 次`. */
function joinPrinted(...cells: (string | null | undefined)[]): string {
  let joined = '';
  for (const cell of cells) {
    const trimmed = cell?.trim();
    if (trimmed) joined = joined === '' ? trimmed : `${joined} ${trimmed}`;
  }
  return joined;
}

/** Units after which a bare number may be a date: `12` + `月`. */
const MAY_BE_DATE_UNIT = /^[年月日]/;

/**
 * Reads the value, letting the unit column complete a bare number (`12` + `月` is a deadline, `72` + `万条`
 * an amount). A unit in the value that disagrees with the unit column is a conflict; the column's unit wins.
 */
function readBodyWithUnitColumn(rest: string, unitColumn: string | null, warnings: ValueWarning[]): ValueBody {
  const body = readValueBody(rest);
  if (unitColumn === null) return body;
  if (body.kind === 'number' && body.unit === null) {
    if (MAY_BE_DATE_UNIT.test(unitColumn)) {
      const completed = readValueBody(rest + unitColumn);
      if (completed.kind === 'deadline') return completed;
    }
    return { ...body, unit: unitColumn };
  }
  if (body.kind === 'number' && body.unit !== unitColumn) {
    warnings.push({ code: 'UNIT_CONFLICT', message: `度量单位 "${unitColumn}" but the value says "${body.unit}"` });
    return { ...body, unit: unitColumn };
  }
  if (body.kind === 'as-actual' && body.unit === null) return { ...body, unit: unitColumn };
  return body;
}

function targetValue(body: ValueBody, operator: Operator | null, text: string, warnings: ValueWarning[]): IndicatorValue {
  switch (body.kind) {
    case 'empty':
      warnings.push({ code: 'VALUE_MISSING', message: '指标值 is empty' });
      return { kind: 'empty', operator, text };
    case 'qualitative':
      if (operator !== null && operator !== '定性') {
        warnings.push({ code: 'OPERATOR_CONFLICT', message: `qualitative value "${body.label}" printed with ${operator}` });
      }
      return { kind: 'qualitative', operator: '定性', label: body.label, text };
    case 'as-actual':
      return { kind: 'as-actual', operator: operator === null || operator === '定性' ? '=' : operator, unit: body.unit, text };
    case 'deadline':
      if (operator === null || operator === '定性') {
        // `…前` says "by": no operator is missing. A bare `12月` is read the same way, with a warning.
        if (!body.before) warnings.push({ code: 'OPERATOR_IMPLIED', message: `no operator printed for deadline "${text}"; read as ≤` });
        operator = '≤';
      }
      return { kind: 'deadline', operator, year: body.year, month: body.month, day: body.day, text };
    case 'number':
      if (operator === null || operator === '定性') {
        warnings.push(
          operator === null
            ? { code: 'OPERATOR_IMPLIED', message: `no operator printed for "${text}"; read as ≥` }
            : { code: 'OPERATOR_CONFLICT', message: `定性 printed with a number "${text}"; read as ≥` },
        );
        operator = '≥';
      }
      return { kind: 'number', operator, amount: body.amount, unit: body.unit, text };
  }
}

/** The printed 指标方向性 wins; one that contradicts the operator is kept and warned about. */
function resolveDirection(value: IndicatorValue, printedText: string | null | undefined, warnings: ValueWarning[]): Direction {
  const printed = printedText ? directionOfColumn(normalisePrintedText(printedText)) : null;
  if (printed === null) return derivedDirection(value);
  if (value.kind !== 'as-actual' && contradicts(printed, value.operator)) {
    warnings.push({ code: 'OPERATOR_CONFLICT', message: `指标方向性 "${printedText!.trim()}" contradicts operator ${value.operator}` });
  }
  return printed;
}
