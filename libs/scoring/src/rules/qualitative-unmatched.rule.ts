import type { RuleOutcome, ScoringRule } from './scoring-rule';

/** A qualitative row whose actual differs from the target: the standard method lets the evaluator choose a band. */
export const qualitativeUnmatchedRule: ScoringRule = {
  id: 'qualitative-unmatched',
  targetKinds: ['qualitative'],
  standardCase: true,
  describe: () => '定性指标实际完成与目标不一致：需评价人选择档次（达成/部分达成/未达成）并在档内打分',
  evaluate(): RuleOutcome {
    return { score: null, reason: 'needs-decision', finding: 'BAND_REQUIRED' };
  },
};
