import { Decimal } from '@jixiao/decimal';
import { compileProfile } from './compiled-profile';
import { scoreExecutionRate } from './execution-rate';
import type { Finding } from './finding';
import { gradeOf } from './grade';
import { withClearance } from './finding-clearance';
import { decisionFinding, overAchievementFinding, reasonMissingFinding } from './row-findings';
import { validateRow } from './row-validation';
import type { RuleContext, RuleOutcome, ScoringRule } from './rules/scoring-rule';
import { JINKOUHE_PROFILE, ScoringProfile } from './scoring-profile';
import type { ProjectInput } from './scoring-input';
import type { ProjectScore, ScoredRow } from './scoring-result';
import { ScoringValidationError } from './scoring-validation.error';

/**
 * Scores one project's self-evaluation: the 预算执行率 row, every indicator row (first applicable rule
 * decides), the total as the sum of the rounded rows, the grade and the findings. Pure and synchronous;
 * throws ScoringValidationError for input it must refuse.
 */
export function scoreProject(input: ProjectInput, profile: ScoringProfile = JINKOUHE_PROFILE): ProjectScore {
  const compiled = compileProfile(profile);
  const findings: Finding[] = [];
  const executionRate = scoreExecutionRate(
    input.budget,
    input.executed,
    input.executionDeductionReason,
    compiled,
    findings,
  );
  const context: RuleContext = { profile: compiled, year: input.year ?? null };
  const indicators = input.indicators;
  const rows: ScoredRow[] = new Array<ScoredRow>(indicators.length);
  let total = executionRate.score ?? Decimal.ZERO;
  let complete = executionRate.score !== null && indicators.length > 0;
  let weightSum = Decimal.ZERO;

  for (let index = 0; index < indicators.length; index++) {
    const row = indicators[index];
    validateRow(row, index);
    weightSum = weightSum.add(row.weight);
    const rules = compiled.rulesByTargetKind[row.target.kind];
    let rule: ScoringRule = rules[0];
    let outcome: RuleOutcome | null = null;
    // The last rule of every kind (incomparable) always decides, so this ends.
    for (let r = 0; outcome === null; r++) {
      rule = rules[r];
      outcome = rule.evaluate(row, context);
    }
    const score = outcome.score;
    rows[index] = {
      index,
      level3: row.level3,
      weight: row.weight,
      score,
      reason: outcome.reason,
      rule: rule.id,
      reasonText: compiled.reasonText[rule.id],
      fallback: compiled.fallback[rule.id],
    };
    if (outcome.finding !== undefined) findings.push(decisionFinding(outcome.finding, row, index));
    if (score === null) {
      complete = false;
      continue;
    }
    total = total.add(score);
    if (score.lt(row.weight) && !row.deductionReason) findings.push(reasonMissingFinding(row, index, score));
    if ((outcome.reason === 'met' || outcome.reason === 'completion-rate') && !row.deviationReason?.trim()) {
      const over = overAchievementFinding(row, index, compiled);
      if (over !== null) findings.push(over);
    }
  }

  checkWeightSum(
    indicators.length,
    weightSum,
    compiled.indicatorWeightSum,
    compiled.requireIndicatorWeightSum,
    findings,
  );
  return {
    profile: { id: profile.id, version: profile.version },
    executionRate,
    rows,
    total: complete ? total : null,
    partialTotal: total,
    grade: complete ? gradeOf(total, compiled) : null,
    findings: findings.map(withClearance),
  };
}

function checkWeightSum(
  count: number,
  sum: Decimal,
  expected: Decimal,
  required: boolean,
  findings: Finding[],
): void {
  if (count === 0) {
    findings.push({ code: 'NO_INDICATORS', message: '没有绩效指标，只能计算预算执行率' });
    return;
  }
  if (sum.eq(expected)) return;
  const message = `绩效指标分值合计${sum.toString()}，应为${expected.toString()}`;
  if (required) throw new ScoringValidationError('SCORING.WEIGHT_SUM', message);
  findings.push({ code: 'WEIGHT_SUM', message, weightSum: sum.toString(), expected: expected.toString() });
}
