import { reverseRuleLabel, reverseScore } from '../reverse-score';
import type { ScoringProfile } from '../scoring-profile';
import type { IndicatorInput } from '../scoring-input';
import { sameMeasure } from '../value-kinds';
import type { RuleContext, RuleOutcome, ScoringRule } from './scoring-rule';

/** 标准规则: a reverse target (≤, <) exceeded, by the profile's `reverseRule` convention. */
export const reverseMissedRule: ScoringRule = {
  id: 'reverse-missed',
  targetKinds: ['number'],
  standardCase: true,
  describe: (profile: ScoringProfile) => `反向指标超出目标值：${reverseRuleLabel(profile.reverseRule)}`,
  evaluate(row: IndicatorInput, context: RuleContext): RuleOutcome | null {
    const { target, actual } = row;
    if (target.kind !== 'number' || actual?.kind !== 'number' || !sameMeasure(target, actual)) return null;
    if (row.direction !== 'reverse') return null;
    return {
      score: reverseScore(row.weight, target.amount, actual.amount, context.profile.reverseRule),
      reason: 'proportional',
    };
  },
};
