import { Direction, IndicatorValue, Operator } from './indicator-value';

/** 指标方向性 as printed (`正向指标`, `反向指 标` → normalised first); null when the cell is empty or unknown. */
export function directionOfColumn(text: string): Direction | null {
  if (text.startsWith('正向')) return 'positive';
  if (text.startsWith('反向')) return 'reverse';
  if (text.startsWith('等于') || text.startsWith('中性')) return 'exact';
  return null;
}

/** The direction an operator implies: ≥ > higher is better, ≤ < lower is better, = exact. */
export function directionOfOperator(operator: Operator | null): Direction | null {
  switch (operator) {
    case '≥':
    case '>':
    case '定性':
      return 'positive';
    case '≤':
    case '<':
      return 'reverse';
    case '=':
      return 'exact';
    default:
      return null;
  }
}

/**
 * The direction of a value when nothing is printed: from its operator, except `据实` (as actually happens),
 * which scores as a completion rate (higher is better) whatever its operator.
 */
export function derivedDirection(value: IndicatorValue): Direction {
  if (value.kind === 'as-actual') return 'positive';
  return directionOfOperator(value.operator) ?? 'positive';
}

/** A printed direction that says the opposite of the operator (正向 with ≤, 反向 with ≥). `=` agrees with both. */
export function contradicts(printed: Direction, operator: Operator | null): boolean {
  const implied = directionOfOperator(operator);
  return (printed === 'positive' && implied === 'reverse') || (printed === 'reverse' && implied === 'positive' && operator !== '定性');
}
