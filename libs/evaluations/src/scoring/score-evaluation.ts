import { Decimal } from '@jixiao/decimal';
import type { Direction } from '@jixiao/indicator-value';
import {
  EXECUTION_RATE_ROW,
  Finding,
  Grade,
  IndicatorInput,
  ProjectScore,
  QualitativeBand,
  ReasonCode,
  RuleId,
  scoreProject,
  ScoringProfile,
  ScoringValidationError,
  withClearance,
} from '@jixiao/scoring';
import { IndicatorValueJson, indicatorValueFromJson } from './indicator-value-json';

/** One stored row, as the scorer needs it (entity rows and bulk-loaded rows both fit). */
export interface EvaluationRowInput {
  level1: string;
  level2: string;
  level3: string;
  target: IndicatorValueJson;
  direction: string;
  /** null: the indicator has no 分值/权重; the row stays unscored (WEIGHT_MISSING) until one is entered. */
  weight: Decimal | null;
  actual: IndicatorValueJson | null;
  band: QualitativeBand | null;
  manualScore: Decimal | null;
  deductionReason: string | null;
  /** 偏离原因 (clears OVER_ACHIEVED) */
  deviationReason: string | null;
}

export interface EvaluationInput {
  profile: ScoringProfile;
  year: number;
  budget: Decimal | null;
  executed: Decimal | null;
  executionDeductionReason: string | null;
  /** A reviewer's score for the 预算执行率 row where the rate is undefined (zero budget). */
  executionManualScore: Decimal | null;
  rows: readonly EvaluationRowInput[];
}

export interface RowScore {
  /** The score that counts: the engine's, or the band / manual score where one is set. */
  score: Decimal | null;
  /** The engine's own score, with no manual score applied (equals `score` on rows without one). */
  computedScore: Decimal | null;
  reason: ReasonCode;
  rule: RuleId;
  reasonText: string;
  fallback: boolean;
}

export interface EvaluationScore {
  executionRate: Decimal | null;
  executionScore: Decimal | null;
  executionReason: ReasonCode;
  executionReasonText: string;
  rows: RowScore[];
  total: Decimal | null;
  partialTotal: Decimal;
  grade: Grade | null;
  findings: Finding[];
}

/**
 * Scores a stored self-evaluation with its own profile: the engine decides every row; a manual score
 * (outside a band) counts, but the engine's score is computed beside it and kept; a reviewer's decision on
 * an undefined 预算执行率 completes the total. Throws ScoringValidationError on input the engine refuses.
 */
export function scoreEvaluation(input: EvaluationInput): EvaluationScore {
  const indicators = input.rows.map(toIndicatorInput);
  const scored = scoreProject(engineInput(input, indicators), input.profile);
  const computed = indicators.some((row) => row.manualScore != null && row.band == null)
    ? computedWithoutManual(input, indicators)
    : scored;

  const execution = scored.executionRate;
  const findings = [...scored.findings];
  let executionScore = execution.score;
  let partialTotal = scored.partialTotal;
  if (
    executionScore === null &&
    input.executionManualScore !== null &&
    execution.reason === 'needs-decision'
  ) {
    const manual = input.executionManualScore;
    if (manual.isNegative() || manual.gt(execution.weight)) {
      throw new ScoringValidationError(
        'SCORING.SCORE_ABOVE_WEIGHT',
        `${EXECUTION_RATE_ROW}: score ${manual.toString()} is outside [0, ${execution.weight.toString()}]`,
        null,
        EXECUTION_RATE_ROW,
      );
    }
    executionScore = manual.round(1);
    partialTotal = partialTotal.add(executionScore);
    for (const finding of findings) if (finding.code === 'NO_BUDGET') finding.decided = true;
  }
  const rows = scored.rows.map((row, index): RowScore => {
    if (input.rows[index].weight === null) {
      findings.push(weightMissingFinding(input.rows[index], index));
      return weightMissingRow(row.rule);
    }
    return {
      score: row.score,
      computedScore: computed === null ? null : (computed.rows[index].score ?? null),
      reason: row.reason,
      rule: row.rule,
      reasonText: row.reasonText,
      fallback: row.fallback,
    };
  });
  const complete = executionScore !== null && rows.length > 0 && rows.every((row) => row.score !== null);
  return {
    executionRate: execution.rate,
    executionScore,
    executionReason: execution.score === null && executionScore !== null ? 'manual' : execution.reason,
    executionReasonText: execution.reasonText,
    rows,
    total: complete ? partialTotal : null,
    partialTotal,
    grade: complete ? gradeFor(partialTotal, input.profile) : null,
    findings,
  };
}

/**
 * A row without a weight goes to the engine at weight 0: it adds nothing to the sum (so WEIGHT_SUM shows
 * the gap) and nothing to the total; its own result is discarded (weightMissingRow).
 */
function toIndicatorInput(row: EvaluationRowInput): IndicatorInput {
  return {
    level1: row.level1,
    level2: row.level2,
    level3: row.level3,
    target: indicatorValueFromJson(row.target),
    weight: row.weight ?? Decimal.ZERO,
    direction: row.direction as Direction,
    actual: row.actual === null ? null : indicatorValueFromJson(row.actual),
    band: row.band,
    manualScore: row.manualScore,
    deductionReason: row.deductionReason,
    deviationReason: row.deviationReason,
  };
}

function engineInput(input: EvaluationInput, indicators: IndicatorInput[]) {
  return {
    indicators,
    budget: input.budget,
    executed: input.executed,
    executionDeductionReason: input.executionDeductionReason,
    year: input.year,
  };
}

/** The engine's opinion with the hand-set scores taken away; null where it cannot score the rows alone. */
function computedWithoutManual(input: EvaluationInput, indicators: IndicatorInput[]): ProjectScore | null {
  const bare = indicators.map((row) => (row.band == null ? { ...row, manualScore: null } : row));
  try {
    return scoreProject(engineInput(input, bare), input.profile);
  } catch (error) {
    if (error instanceof ScoringValidationError) return null;
    throw error;
  }
}

function weightMissingRow(rule: RuleId): RowScore {
  return {
    score: null,
    computedScore: null,
    reason: 'needs-decision',
    rule,
    reasonText: '未填写分值/权重，无法计分',
    fallback: false,
  };
}

function weightMissingFinding(row: EvaluationRowInput, index: number): Finding {
  return withClearance({
    code: 'WEIGHT_MISSING',
    message: `第${index + 1}行（${row.level3}）没有分值/权重，不能计分：请主管按绩效目标补录分值`,
    row: index,
    indicator: row.level3,
  });
}

/** The profile's grade table (优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below), read from the stored profile. */
export function gradeFor(total: Decimal, profile: ScoringProfile): Grade {
  for (const { grade, min } of profile.grades) if (total.gte(Decimal.parse(min))) return grade;
  return profile.grades[profile.grades.length - 1].grade;
}
