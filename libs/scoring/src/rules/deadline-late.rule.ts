import { Decimal } from '@jixiao/decimal';
import { deadlineDays } from '../deadline-days';
import { reverseRuleLabel, reverseScore } from '../reverse-score';
import type { ScoringProfile } from '../scoring-profile';
import type { IndicatorInput } from '../scoring-input';
import type { RuleContext, RuleOutcome, ScoringRule } from './scoring-rule';

/**
 * A deadline missed. `lateDeadline: 'proportional'` treats the deadline as a reverse target counted in days
 * from 1 January (target 365 days, done on day 396 → weight × 365/396 under target-over-actual);
 * `zero` gives nothing. Runs after deadline-met, so the actual here is always later.
 */
export const deadlineLateRule: ScoringRule = {
  id: 'deadline-late',
  targetKinds: ['deadline'],
  standardCase: true,
  describe: (profile: ScoringProfile) =>
    profile.lateDeadline === 'zero'
      ? '逾期完成，时效指标不得分'
      : `逾期完成：按自1月1日起的天数作反向指标计分（${reverseRuleLabel(profile.reverseRule)}）`,
  evaluate(row: IndicatorInput, context: RuleContext): RuleOutcome | null {
    const { target, actual } = row;
    if (target.kind !== 'deadline' || actual?.kind !== 'deadline') return null;
    const profile = context.profile;
    if (profile.lateDeadline === 'zero') return { score: Decimal.ZERO, reason: 'proportional' };
    const [targetDay, actualDay] = deadlineDays(target, actual, context.year);
    const score = reverseScore(
      row.weight,
      Decimal.fromInt(targetDay),
      Decimal.fromInt(actualDay),
      profile.reverseRule,
    );
    return { score, reason: 'proportional' };
  },
};
