import type { IndicatorInput } from '../scoring-input';
import { sameMeasure, satisfies } from '../value-kinds';
import type { RuleOutcome, ScoringRule } from './scoring-rule';

/** Jinkouhe rule 3: a quantitative target met (`1人` vs `1人`, `≥95%` vs `100%`) scores the full weight. */
export const targetMetRule: ScoringRule = {
  id: 'target-met',
  targetKinds: ['number'],
  standardCase: true,
  describe: () => '达到年度指标值，得满分',
  evaluate(row: IndicatorInput): RuleOutcome | null {
    const { target, actual } = row;
    if (target.kind !== 'number' || actual?.kind !== 'number' || !sameMeasure(target, actual)) return null;
    if (!satisfies(actual.amount, target.operator, target.amount)) return null;
    return { score: row.weight.round(1), reason: 'met' };
  },
};
