import { Decimal } from '@jixiao/decimal';
import { proportionalScore } from '../proportional-score';
import type { IndicatorInput } from '../scoring-input';
import { isPercent } from '../value-kinds';
import type { RuleContext, RuleOutcome, ScoringRule } from './scoring-rule';

/**
 * Jinkouhe rule 5: a positive percentage target missed scores weight × actual rate, not actual / target
 * (`≥99%` vs `57%` → 10 × 0.57 = 5.7). Only under `percentTargetMissed: 'actual-rate'`; otherwise the
 * standard positive-missed rule decides. Runs after target-met, so the target is not reached here.
 */
export const percentTargetMissedRule: ScoringRule = {
  id: 'percent-target-missed',
  targetKinds: ['number'],
  standardCase: true,
  describe: () => '百分比指标未达成：分值×实际完成率',
  evaluate(row: IndicatorInput, context: RuleContext): RuleOutcome | null {
    if (context.profile.percentTargetMissed !== 'actual-rate') return null;
    const { target, actual } = row;
    if (!isPercent(target) || !actual || !isPercent(actual) || row.direction === 'reverse') return null;
    if (actual.amount.gte(target.amount)) return null; // `=` overshoot: positive-missed scores it
    return { score: proportionalScore(row.weight, actual.amount, Decimal.HUNDRED), reason: 'proportional' };
  },
};
