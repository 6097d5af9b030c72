import { Decimal } from '@jixiao/decimal';
import { parseActualValue, parseIndicatorValue } from '@jixiao/indicator-value';
import type { PrintedSelfEvaluation } from '@jixiao/importers';
import { EXECUTION_RATE_ROW, ScoringProfile } from '@jixiao/scoring';
import { EvaluationRow, ScoreDifference, SelfEvaluation } from '../entities';
import { indicatorValueToJson } from '../scoring/indicator-value-json';

export interface PublishedContext {
  departmentId: string;
  year: number;
  profile: ScoringProfile;
  sourceFile: string;
  /** The project in Jixiao with the same name, department and year, if any. */
  project: { id: string; unitId: string | null } | null;
}

/**
 * A printed 自评表 as a historical evaluation: texts and printed scores as published, the parsed target and
 * actual beside them, ready for the engine (the caller scores it and then calls `differencesOf`).
 */
export function publishedEvaluation(
  printed: PrintedSelfEvaluation,
  context: PublishedContext,
): { evaluation: SelfEvaluation; rows: EvaluationRow[] } {
  const evaluation = new SelfEvaluation();
  Object.assign(evaluation, {
    projectId: context.project?.id ?? null,
    departmentId: context.departmentId,
    unitId: context.project?.unitId ?? null,
    year: printed.year ?? context.year,
    projectName: printed.name,
    competentDepartment: printed.department,
    implementingUnit: printed.unit,
    profile: context.profile,
    budget: printed.budget,
    fiscalBudget: printed.money.fiscal?.budget ?? null,
    otherBudget: printed.money.other?.budget ?? null,
    executed: printed.executed,
    fiscalExecuted: printed.money.fiscal?.executed ?? null,
    otherExecuted: printed.money.other?.executed ?? null,
    executionDeductionReason: printed.executionRateRow?.deductionReason ?? null,
    executionManualScore: null,
    executionManualReason: null,
    executionPrintedScore: printed.executionRateRow?.score ?? null,
    goal: printed.goal.expected,
    goalActual: printed.goal.actual,
    printedTotal: printed.printedTotal?.score ?? null,
    state: 'approved',
    source: 'published',
    sourceFile: context.sourceFile,
    differences: [],
  } satisfies Partial<SelfEvaluation>);
  const rows = printed.indicators.map((cells, position) => {
    const parsed = parseIndicatorValue({ value: cells.target, name: cells.level3 });
    const row = new EvaluationRow();
    Object.assign(row, {
      position,
      indicatorId: null,
      level1: cells.level1,
      level2: cells.level2,
      level3: cells.level3,
      targetText: cells.target,
      target: indicatorValueToJson(parsed.value),
      direction: parsed.direction,
      weight: cells.weight,
      weightReason: null,
      actualText: cells.actual || null,
      actual: cells.actual ? indicatorValueToJson(parseActualValue(cells.actual)) : null,
      band: null,
      manualScore: null,
      manualReason: null,
      deductionReason: cells.deductionReason,
      deviationReason: null,
      printedScore: cells.score,
    } satisfies Partial<EvaluationRow>);
    return row;
  });
  return { evaluation, rows };
}

/** Every printed score that differs from Jixiao's: `row` 0 is 预算执行率, n the n-th indicator, null the total. */
export function differencesOf(evaluation: SelfEvaluation, rows: readonly EvaluationRow[]): ScoreDifference[] {
  const differences: ScoreDifference[] = [];
  const compare = (
    row: number | null,
    indicator: string,
    printed: Decimal | null,
    computed: Decimal | null,
  ) => {
    if (printed === null) return;
    if (computed !== null && computed.eq(printed)) return;
    differences.push({ row, indicator, printed: printed.toString(), computed: computed?.toString() ?? null });
  };
  compare(0, EXECUTION_RATE_ROW, evaluation.executionPrintedScore, evaluation.executionScore);
  for (const row of rows) compare(row.position + 1, row.level3, row.printedScore, row.score);
  compare(null, '得分', evaluation.printedTotal, evaluation.total);
  return differences;
}
