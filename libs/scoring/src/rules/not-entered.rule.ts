import { ALL_TARGET_KINDS, RuleOutcome, ScoringRule } from './scoring-rule';
import type { IndicatorInput } from '../scoring-input';

/** No 实际完成值 yet: no score, not a zero. */
export const notEnteredRule: ScoringRule = {
  id: 'not-entered',
  targetKinds: ALL_TARGET_KINDS,
  standardCase: false,
  describe: () => '未填写实际完成值',
  evaluate(row: IndicatorInput): RuleOutcome | null {
    const actual = row.actual;
    if (actual != null && actual.kind !== 'empty') return null;
    return { score: null, reason: 'not-entered', finding: 'ACTUAL_MISSING' };
  },
};
