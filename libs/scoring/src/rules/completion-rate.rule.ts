import { Decimal } from '@jixiao/decimal';
import { proportionalScore } from '../proportional-score';
import type { IndicatorInput } from '../scoring-input';
import { isPercent } from '../value-kinds';
import type { RuleOutcome, ScoringRule } from './scoring-rule';

/**
 * Jinkouhe rule 4: a percentage actual against a positive, exact or 据实 target that is not itself a
 * percentage (`1人` vs `100%`, `据实` vs `0%`) is the share completed: weight × min(rate, 1).
 */
export const completionRateRule: ScoringRule = {
  id: 'completion-rate',
  targetKinds: ['number', 'as-actual'],
  standardCase: true,
  describe: () => '实际完成值为完成率：分值×完成率（最高满分）',
  evaluate(row: IndicatorInput): RuleOutcome | null {
    const { target, actual } = row;
    if (!actual || !isPercent(actual)) return null;
    if (target.kind === 'number' && (target.unit === '%' || row.direction === 'reverse')) return null;
    return {
      score: proportionalScore(row.weight, actual.amount, Decimal.HUNDRED),
      reason: 'completion-rate',
    };
  },
};
