import { Decimal } from '@jixiao/decimal';
import type { CompiledProfile } from './compiled-profile';
import type { Finding } from './finding';
import type { ExecutionRateScore } from './scoring-result';
import { ScoringValidationError } from './scoring-validation.error';

export const EXECUTION_RATE_ROW = '预算执行率';

/**
 * 预算执行率 row: score = weight × min(executed / budget, 1), half-up to 0.1 (0.85 / 1.5 → 5.7;
 * 2.77 / 2.5 → 10). A zero or missing budget leaves the rate undefined: no score, a NO_BUDGET finding for
 * a reviewer — never an error and never #DIV/0!. Findings go into `findings`.
 */
export function scoreExecutionRate(
  budget: Decimal | null,
  executed: Decimal | null,
  deductionReason: string | null | undefined,
  profile: CompiledProfile,
  findings: Finding[],
): ExecutionRateScore {
  const weight = profile.executionRateWeight;
  for (const [name, value] of [
    ['全年预算数', budget],
    ['全年执行数', executed],
  ] as const) {
    if (value?.isNegative()) {
      throw new ScoringValidationError(
        'SCORING.NEGATIVE_AMOUNT',
        `${EXECUTION_RATE_ROW}：${name}为负数：${value.toString()}`,
        null,
        EXECUTION_RATE_ROW,
      );
    }
  }
  if (budget === null || budget.isZero()) {
    findings.push({
      code: 'NO_BUDGET',
      message: `全年预算数为${budget === null ? '空' : '0'}，预算执行率无法计算，需复核人认定`,
      indicator: EXECUTION_RATE_ROW,
      budget: budget?.toString(),
      executed: executed?.toString(),
    });
    return {
      budget,
      executed,
      rate: null,
      weight,
      score: null,
      reason: 'needs-decision',
      reasonText: '全年预算数为0或未填，预算执行率无法计算，需人工认定',
    };
  }
  if (executed === null) {
    findings.push({
      code: 'EXECUTED_MISSING',
      message: '未填写全年执行数',
      indicator: EXECUTION_RATE_ROW,
      budget: budget.toString(),
    });
    return {
      budget,
      executed,
      rate: null,
      weight,
      score: null,
      reason: 'not-entered',
      reasonText: '未填写全年执行数',
    };
  }
  const rate = executed.mul(Decimal.HUNDRED).div(budget, 1);
  const score = weight.mul(Decimal.min(executed, budget)).div(budget, 1);
  const money = { rate: rate.toString(), budget: budget.toString(), executed: executed.toString() };
  const comparison = executed.cmp(budget);
  if (comparison < 0) {
    const reasonRequired = executed.mul(Decimal.HUNDRED).lt(budget.mul(profile.executionReasonPercent));
    findings.push({
      code: 'UNDER_EXECUTED',
      message: `预算执行率${money.rate}%，未全部执行${reasonRequired ? `，低于${profile.executionReasonPercent.toString()}%须说明原因` : ''}`,
      indicator: EXECUTION_RATE_ROW,
      ...money,
      reasonRequired,
    });
  } else if (comparison > 0) {
    findings.push({
      code: 'OVER_EXECUTED',
      message: `预算执行率${money.rate}%，执行数超过预算数`,
      indicator: EXECUTION_RATE_ROW,
      ...money,
    });
  }
  if (score.lt(weight) && !deductionReason) {
    findings.push({
      code: 'REASON_MISSING',
      message: `${EXECUTION_RATE_ROW}得分${score.toString()}（满分${weight.toString()}），未填写扣分原因`,
      indicator: EXECUTION_RATE_ROW,
      score: score.toString(),
      weight: weight.toString(),
    });
  }
  return {
    budget,
    executed,
    rate,
    weight,
    score,
    reason: 'execution-rate',
    reasonText: `预算执行率${rate.toString()}%：${weight.toString()}×min(执行数/预算数, 1)`,
  };
}
