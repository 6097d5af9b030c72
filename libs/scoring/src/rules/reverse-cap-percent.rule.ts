import { Decimal } from '@jixiao/decimal';
import type { IndicatorInput } from '../scoring-input';
import { isPercent } from '../value-kinds';
import type { RuleOutcome, ScoringRule } from './scoring-rule';

/**
 * Jinkouhe rule 4, reverse side: against a cap that is an amount (`≤5万元`) the tables write `100%` for
 * "kept within the cap" → full weight. Any other percentage could mean "80 % done" or "80 % of the cap
 * spent": the amount is asked for, not guessed.
 */
export const reverseCapPercentRule: ScoringRule = {
  id: 'reverse-cap-percent',
  targetKinds: ['number'],
  standardCase: true,
  describe: () => '反向指标以100%填报，视为控制在目标值以内，得满分；其他百分比需填报实际金额',
  evaluate(row: IndicatorInput): RuleOutcome | null {
    const { target, actual } = row;
    if (target.kind !== 'number' || target.unit === '%' || row.direction !== 'reverse') return null;
    if (!actual || !isPercent(actual)) return null;
    if (actual.amount.eq(Decimal.HUNDRED)) return { score: row.weight.round(1), reason: 'met' };
    return { score: null, reason: 'needs-decision', finding: 'AMOUNT_NEEDED' };
  },
};
