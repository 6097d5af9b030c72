import { Decimal } from '@jixiao/decimal';
import type { Grade } from '@jixiao/scoring';
import type { SelfEvaluation } from './entities';
import type { EvaluationListItem, EvaluationRollup, RollupFigure } from './evaluation-list.view';

export type { EvaluationListItem, EvaluationRollup, RollupFigure };

/**
 * The simple mean of the totals, and the mean weighted by 全年预算数 (Σ total × budget / Σ budget, over the
 * scored evaluations with a budget above zero). Exact decimals, rounded half-up to 2 places at the end.
 */
export function rollup(evaluations: readonly SelfEvaluation[]): EvaluationRollup {
  const scored = evaluations.filter((e) => e.total !== null);
  const weighted = scored.filter((e) => e.budget !== null && !e.budget.isZero() && !e.budget.isNegative());
  const sum = Decimal.sum(scored.map((e) => e.total!));
  const budgetSum = Decimal.sum(weighted.map((e) => e.budget!));
  const weightedSum = Decimal.sum(weighted.map((e) => e.total!.mul(e.budget!)));
  const grades: Record<Grade, number> = { 优: 0, 良: 0, 中: 0, 差: 0 };
  for (const e of scored) if (e.grade) grades[e.grade] += 1;
  return {
    evaluations: evaluations.length,
    scored: scored.length,
    simpleMean: {
      label: '简单平均分（已计分项目得分的算术平均）',
      value: scored.length === 0 ? null : sum.div(Decimal.fromInt(scored.length), 2).toString(),
      count: scored.length,
    },
    budgetWeightedMean: {
      label: '预算加权平均分（按全年预算数加权，Σ得分×预算数 ÷ Σ预算数）',
      value: weighted.length === 0 ? null : weightedSum.div(budgetSum, 2).toString(),
      count: weighted.length,
    },
    grades,
  };
}
