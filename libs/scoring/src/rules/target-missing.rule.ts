import type { RuleOutcome, ScoringRule } from './scoring-rule';

/** 年度指标值 empty (a lost cell): nothing to compare with, a reviewer decides. */
export const targetMissingRule: ScoringRule = {
  id: 'target-missing',
  targetKinds: ['empty'],
  standardCase: false,
  describe: () => '年度指标值缺失，需人工认定',
  evaluate(): RuleOutcome {
    return { score: null, reason: 'needs-decision', finding: 'TARGET_MISSING' };
  },
};
