import { ALL_TARGET_KINDS, RuleOutcome, ScoringRule } from './scoring-rule';

/** The last resort: actual and target are not measured alike (`万元` vs `元`, a date against `100%`); a reviewer decides. */
export const incomparableRule: ScoringRule = {
  id: 'incomparable',
  targetKinds: ALL_TARGET_KINDS,
  standardCase: false,
  describe: () => '实际完成值与年度指标值口径不一致，需人工认定',
  evaluate(): RuleOutcome {
    return { score: null, reason: 'needs-decision', finding: 'INCOMPARABLE' };
  },
};
