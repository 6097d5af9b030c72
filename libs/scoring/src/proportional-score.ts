import { Decimal } from '@jixiao/decimal';

/** 分值 × numerator / denominator, half-up to 0.1, never above the weight; 0 when the denominator is 0. */
export function proportionalScore(weight: Decimal, numerator: Decimal, denominator: Decimal): Decimal {
  if (denominator.isZero() || numerator.isZero()) return Decimal.ZERO;
  if (numerator.gte(denominator)) return weight.round(1);
  return weight.mul(numerator).div(denominator, 1);
}
