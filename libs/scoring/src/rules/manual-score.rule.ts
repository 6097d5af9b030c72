import { ALL_TARGET_KINDS, RuleOutcome, ScoringRule } from './scoring-rule';
import type { IndicatorInput } from '../scoring-input';

/** A score set by hand (reviewer or evaluator) wins over any computed one; row validation keeps it within [0, weight]. */
export const manualScoreRule: ScoringRule = {
  id: 'manual-score',
  targetKinds: ALL_TARGET_KINDS,
  standardCase: false,
  describe: () => '人工评分',
  evaluate(row: IndicatorInput): RuleOutcome | null {
    if (row.manualScore == null) return null;
    return { score: row.manualScore.round(1), reason: 'manual' };
  },
};
