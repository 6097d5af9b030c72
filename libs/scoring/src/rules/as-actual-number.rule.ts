import type { IndicatorInput } from '../scoring-input';
import type { RuleOutcome, ScoringRule } from './scoring-rule';

/** 据实 (no fixed number) with a plain count or amount as actual: whatever happened is the target → full weight. */
export const asActualNumberRule: ScoringRule = {
  id: 'as-actual-number',
  targetKinds: ['as-actual'],
  standardCase: true,
  describe: () => '据实指标按实际发生数认定，得满分',
  evaluate(row: IndicatorInput): RuleOutcome | null {
    const actual = row.actual;
    if (actual?.kind !== 'number' || actual.unit === '%') return null;
    return { score: row.weight.round(1), reason: 'met' };
  },
};
