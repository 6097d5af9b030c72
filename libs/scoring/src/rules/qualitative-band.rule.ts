import { ALL_TARGET_KINDS, RuleOutcome, ScoringRule } from './scoring-rule';
import type { IndicatorInput } from '../scoring-input';

/** 标准规则 for qualitative rows: the evaluator chooses a band and a score inside it (checked by row validation). */
export const qualitativeBandRule: ScoringRule = {
  id: 'qualitative-band',
  targetKinds: ALL_TARGET_KINDS,
  standardCase: true,
  describe: () => '评价人选择档次并在档内打分（达成[0.8w,w]、部分达成[0.6w,0.8w)、未达成[0,0.6w)）',
  evaluate(row: IndicatorInput): RuleOutcome | null {
    if (row.band == null || row.manualScore == null) return null;
    return { score: row.manualScore.round(1), reason: 'band' };
  },
};
