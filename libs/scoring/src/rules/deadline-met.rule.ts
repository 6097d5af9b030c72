import { deadlineDays } from '../deadline-days';
import type { IndicatorInput } from '../scoring-input';
import type { RuleContext, RuleOutcome, ScoringRule } from './scoring-rule';

/** A deadline (时效指标) met: the actual date is on or before the target date → full weight. */
export const deadlineMetRule: ScoringRule = {
  id: 'deadline-met',
  targetKinds: ['deadline'],
  standardCase: true,
  describe: () => '按期完成，得满分',
  evaluate(row: IndicatorInput, context: RuleContext): RuleOutcome | null {
    const { target, actual } = row;
    if (target.kind !== 'deadline' || actual?.kind !== 'deadline') return null;
    const [targetDay, actualDay] = deadlineDays(target, actual, context.year);
    if (actualDay > targetDay) return null;
    return { score: row.weight.round(1), reason: 'met' };
  },
};
