import type { IndicatorInput } from '../scoring-input';
import type { RuleOutcome, ScoringRule } from './scoring-rule';

/** Jinkouhe rule 6: a qualitative actual equal to the target (`优`/`优`, `长效`/`长效`) scores the full weight. */
export const qualitativeMatchRule: ScoringRule = {
  id: 'qualitative-match',
  targetKinds: ['qualitative'],
  standardCase: true,
  describe: () => '定性指标实际完成与目标一致，得满分',
  evaluate(row: IndicatorInput): RuleOutcome | null {
    const { target, actual } = row;
    if (target.kind !== 'qualitative' || actual?.kind !== 'qualitative' || actual.label !== target.label)
      return null;
    return { score: row.weight.round(1), reason: 'met' };
  },
};
