import { Decimal } from '../../shared/decimal';

/** The same rule as the server's IsDecimalString(2): what 全年执行数 accepts (万元, 2 places). */
export const MONEY_PATTERN = /^-?\d{1,14}(\.\d{1,2})?$/;

/** 预算执行率 = 全年执行数 / 全年预算数 × 100, half-up to 1 place; null when undefined (no #DIV/0!). */
export function budgetRate(budget: string | null, executed: string | null): string | null {
  if (!budget || !executed || !MONEY_PATTERN.test(executed)) return null;
  const b = Decimal.tryParse(budget);
  const e = Decimal.tryParse(executed);
  if (!b || !e || b.isZero()) return null;
  return e.mul(Decimal.HUNDRED).div(b, 1).toString();
}
