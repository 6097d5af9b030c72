import { Decimal } from '@jixiao/decimal';
import { proportionalScore } from '../proportional-score';
import type { IndicatorInput } from '../scoring-input';
import { sameMeasure } from '../value-kinds';
import type { RuleOutcome, ScoringRule } from './scoring-rule';

/**
 * 标准规则: a positive (≥, >) or exact (=) target missed scores weight × actual / target. An exact target
 * overshot scores weight × target / actual (the same relative miss from above). An `=0` target missed
 * (actual above 0) and a zero positive target score 0.
 */
export const positiveMissedRule: ScoringRule = {
  id: 'positive-missed',
  targetKinds: ['number'],
  standardCase: true,
  describe: () => '未达到年度指标值：分值×实际值/目标值',
  evaluate(row: IndicatorInput): RuleOutcome | null {
    const { target, actual } = row;
    if (target.kind !== 'number' || actual?.kind !== 'number' || !sameMeasure(target, actual)) return null;
    if (row.direction === 'reverse') return null;
    if (target.amount.isZero()) return { score: Decimal.ZERO, reason: 'proportional' };
    const score = actual.amount.lte(target.amount)
      ? proportionalScore(row.weight, actual.amount, target.amount)
      : proportionalScore(row.weight, target.amount, actual.amount);
    return { score, reason: 'proportional' };
  },
};
