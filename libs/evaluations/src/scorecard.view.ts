import { Decimal } from '@jixiao/decimal';
import type { FindingCode, Grade, QualitativeBand, ReasonCode } from '@jixiao/scoring';
import type { EvaluationRow, EvaluationSource, EvaluationState, SelfEvaluation } from './entities';

/** Something a reviewer should look at (a scoring finding); figures such as `rate` ride along as extra keys. */
export class FindingView {
  code!: FindingCode;
  /** 说明 */
  message!: string;
  /** position of the indicator row (absent for the 预算执行率 row and project-level findings) */
  row?: number;
  /** 三级指标 of the row, or `预算执行率` */
  indicator?: string;
}

/** A printed score that differs from the one Jixiao computes (historical, published evaluations). */
export class ScoreDifferenceView {
  /** position of the row; null for the 预算执行率 row */
  row!: number | null;
  indicator!: string;
  printed!: string;
  computed!: string | null;
}

/** 全年预算数 / 全年执行数 / 预算执行率 (percent, 1 place; null when undefined — never #DIV/0!). */
export class MoneyLine {
  budget!: string | null;
  executed!: string | null;
  rate!: string | null;
}

export class ScorecardRow {
  position!: number;
  indicatorId!: string | null;
  level1!: string;
  level2!: string;
  level3!: string;
  /** 年度指标值 as printed */
  target!: string;
  /** 实际完成值 as entered */
  actual!: string | null;
  /** null: not published; the row is unscored until it is entered */
  weight!: string | null;
  /** 得分 that counts */
  score!: string | null;
  /** the engine's own score, beside a manual one */
  computedScore!: string | null;
  printedScore!: string | null;
  reason!: ReasonCode;
  rule!: string;
  reasonText!: string;
  fallback!: boolean;
  band!: QualitativeBand | null;
  manualScore!: string | null;
  manualReason!: string | null;
  /** 扣分原因分析 */
  deductionReason!: string | null;
}

/**
 * 部门预算项目支出绩效自评表 as JSON: the scorecard the API returns and the JSON export.
 * Every number is a decimal string.
 */
export class Scorecard {
  id!: string;
  projectId!: string | null;
  departmentId!: string;
  unitId!: string | null;
  year!: number;
  projectName!: string;
  competentDepartment!: string | null;
  implementingUnit!: string | null;
  state!: EvaluationState;
  source!: EvaluationSource;
  sourceFile!: string | null;
  version!: number;
  profile!: { id: string; version: number; title: string };
  money!: { total: MoneyLine; fiscal: MoneyLine; other: MoneyLine };
  goal!: { expected: string | null; actual: string | null };
  executionRate!: {
    rate: string | null;
    weight: string;
    score: string | null;
    printedScore: string | null;
    deductionReason: string | null;
    manualScore: string | null;
    manualReason: string | null;
  };
  rows!: ScorecardRow[];
  total!: string | null;
  partialTotal!: string;
  printedTotal!: string | null;
  grade!: Grade | null;
  findings!: FindingView[];
  differences!: ScoreDifferenceView[];
  updatedAt!: string;
}

export function toScorecard(evaluation: SelfEvaluation, rows: readonly EvaluationRow[]): Scorecard {
  return {
    id: evaluation.id,
    projectId: evaluation.projectId,
    departmentId: evaluation.departmentId,
    unitId: evaluation.unitId,
    year: evaluation.year,
    projectName: evaluation.projectName,
    competentDepartment: evaluation.competentDepartment,
    implementingUnit: evaluation.implementingUnit,
    state: evaluation.state,
    source: evaluation.source,
    sourceFile: evaluation.sourceFile,
    version: evaluation.version,
    profile: {
      id: evaluation.profile.id,
      version: evaluation.profile.version,
      title: evaluation.profile.title,
    },
    money: {
      total: {
        budget: text(evaluation.budget),
        executed: text(evaluation.executed),
        rate: text(evaluation.executionRate),
      },
      fiscal: moneyLine(evaluation.fiscalBudget, evaluation.fiscalExecuted),
      other: moneyLine(evaluation.otherBudget, evaluation.otherExecuted),
    },
    goal: { expected: evaluation.goal, actual: evaluation.goalActual },
    executionRate: {
      rate: text(evaluation.executionRate),
      weight: evaluation.profile.executionRateWeight,
      score: text(evaluation.executionScore),
      printedScore: text(evaluation.executionPrintedScore),
      deductionReason: evaluation.executionDeductionReason,
      manualScore: text(evaluation.executionManualScore),
      manualReason: evaluation.executionManualReason,
    },
    rows: rows.map((row): ScorecardRow => ({
      position: row.position,
      indicatorId: row.indicatorId,
      level1: row.level1,
      level2: row.level2,
      level3: row.level3,
      target: row.targetText,
      actual: row.actualText,
      weight: text(row.weight),
      score: text(row.score),
      computedScore: text(row.computedScore),
      printedScore: text(row.printedScore),
      reason: row.reason,
      rule: row.rule,
      reasonText: row.reasonText,
      fallback: row.fallback,
      band: row.band,
      manualScore: text(row.manualScore),
      manualReason: row.manualReason,
      deductionReason: row.deductionReason,
    })),
    total: text(evaluation.total),
    partialTotal: evaluation.partialTotal.toString(),
    printedTotal: text(evaluation.printedTotal),
    grade: evaluation.grade,
    findings: evaluation.findings,
    differences: evaluation.differences,
    updatedAt: evaluation.updatedAt.toISOString(),
  };
}

/** A fund source's line: the rate as the 年度资金总额 line computes it (percent, half-up to 1 place). */
function moneyLine(budget: Decimal | null, executed: Decimal | null): MoneyLine {
  const rate =
    budget === null || budget.isZero() || executed === null
      ? null
      : executed.mul(Decimal.HUNDRED).div(budget, 1);
  return { budget: text(budget), executed: text(executed), rate: text(rate) };
}

/** Shortest exact notation (`91.4`, `60`), as the tables print it. */
function text(value: Decimal | null): string | null {
  return value === null ? null : value.toString();
}
