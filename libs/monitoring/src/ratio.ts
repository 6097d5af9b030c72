import { Decimal } from '@jixiao/decimal';

/**
 * An exact quotient of two decimals, kept as a fraction: 0.85 / 1.5 has no finite decimal form, and
 * comparing a rounded rate against a threshold (89.96 % shown as 90.0 %) would pass rates that fall short.
 * Comparisons cross-multiply; only the display rounds.
 */
export class Ratio {
  private constructor(
    readonly numerator: Decimal,
    /** Always positive. */
    readonly denominator: Decimal,
  ) {}

  /** numerator / denominator, or undefined when the denominator is zero (never an error, never #DIV/0!). */
  static of(numerator: Decimal, denominator: Decimal): Ratio | undefined {
    if (denominator.isZero()) return undefined;
    return denominator.isNegative()
      ? new Ratio(numerator.neg(), denominator.neg())
      : new Ratio(numerator, denominator);
  }

  /** This ratio divided by another (e.g. progress / time progress); undefined when the other is zero. */
  dividedBy(other: Ratio): Ratio | undefined {
    return Ratio.of(this.numerator.mul(other.denominator), this.denominator.mul(other.numerator));
  }

  /** As a percentage rounded half-up: 0.85 / 1.5 → 56.7 at 1 place. */
  percent(places = 1): Decimal {
    return this.numerator.mul(Decimal.HUNDRED).div(this.denominator, places);
  }

  /** The display form used in flags and reports: 1 place, half-up, e.g. `'56.7'`, `'0.0'`, `'110.8'`. */
  percentText(): string {
    return this.percent(1).toFixed(1);
  }

  /** Exact comparison with a percentage (`'60'` means 60 %). */
  cmpPercent(percent: Decimal): -1 | 0 | 1 {
    return this.numerator.mul(Decimal.HUNDRED).cmp(percent.mul(this.denominator));
  }

  belowPercent(percent: Decimal): boolean {
    return this.cmpPercent(percent) < 0;
  }

  abovePercent(percent: Decimal): boolean {
    return this.cmpPercent(percent) > 0;
  }
}
