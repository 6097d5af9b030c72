import type { Decimal } from '@jixiao/decimal';
import type { IndicatorValue, Operator } from '@jixiao/indicator-value';

export type NumberValue = Extract<IndicatorValue, { kind: 'number' }>;
export type DeadlineValue = Extract<IndicatorValue, { kind: 'deadline' }>;

/** A number written as a percentage (`57%`, `百分比`); the indicator-value parser normalises the unit to `%`. */
export function isPercent(value: IndicatorValue): value is NumberValue {
  return value.kind === 'number' && value.unit === '%';
}

/** Two numbers measured alike: both percentages, or both plain with the same unit (or one unit unprinted). */
export function sameMeasure(a: NumberValue, b: NumberValue): boolean {
  if (a.unit === b.unit) return true;
  if (a.unit === '%' || b.unit === '%') return false;
  return a.unit === null || b.unit === null;
}

/** Whether `actual` satisfies `operator target`. 定性 never applies to numbers. */
export function satisfies(actual: Decimal, operator: Operator, target: Decimal): boolean {
  const c = actual.cmp(target);
  switch (operator) {
    case '≥':
      return c >= 0;
    case '>':
      return c > 0;
    case '=':
      return c === 0;
    case '≤':
      return c <= 0;
    case '<':
      return c < 0;
    default:
      return false;
  }
}
