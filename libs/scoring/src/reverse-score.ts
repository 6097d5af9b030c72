import { Decimal } from '@jixiao/decimal';
import { proportionalScore } from './proportional-score';
import type { ScoringProfile } from './scoring-profile';

/**
 * A reverse target (≤, <) missed, `actual` above `target`, by the profile's convention:
 * `target-over-actual` weight × target / actual; `relative-excess` weight × (1 − (actual − target) / target) ≥ 0,
 * i.e. weight × (2·target − actual) / target. A zero target leaves nothing to be proportional to: 0.
 */
export function reverseScore(
  weight: Decimal,
  target: Decimal,
  actual: Decimal,
  rule: ScoringProfile['reverseRule'],
): Decimal {
  if (rule === 'target-over-actual') return proportionalScore(weight, target, actual);
  const remaining = target.add(target).sub(actual);
  if (remaining.isNegative()) return Decimal.ZERO;
  return proportionalScore(weight, remaining, target);
}

/** The convention in words, for reason texts. */
export function reverseRuleLabel(rule: ScoringProfile['reverseRule']): string {
  return rule === 'target-over-actual' ? '分值×目标值/实际值' : '分值×(1−超出部分/目标值)，最低0分';
}
