import type { Decimal } from '@jixiao/decimal';
import { parseSelfEvaluationDocument, PrintedSelfEvaluation, SelfEvaluationWarning } from '@jixiao/importers';
import { EXECUTION_RATE_ROW } from './execution-rate';
import type { Finding } from './finding';
import { indicatorFromPrinted } from './indicator-from-printed';
import { reconcileMoneyBlock } from './money-block-reconciliation';
import { scoreProject } from './score-project';
import { DEFAULT_PROFILE_ID, Grade, SCORING_PROFILES, ScoringProfileId } from './scoring-profile';
import type { ProjectScore, ReasonCode } from './scoring-result';
import { ScoringValidationError } from './scoring-validation.error';

/**
 * What `score <file> --dry-run --json` prints: a published self-evaluation document rescored, row by row,
 * next to what it printed. Every number is a decimal string.
 */
export interface ScoreReport {
  profile: { id: string; version: number };
  year: number | null;
  department: string | null;
  projects: ProjectScoreReport[];
  /** The parser's warnings (TABLE_PRINTED_TWICE, TABLE_CUT_OFF, …). */
  warnings: SelfEvaluationWarning[];
}

export interface ProjectScoreReport {
  name: string;
  year: number | null;
  department: string | null;
  unit: string | null;
  /** 全年预算数 / 全年执行数, 万元. */
  budget: string | null;
  executed: string | null;
  /** 预算执行率 in PERCENT, half-up to 1 place (`56.7` means 56.7 %); null when the budget is zero or missing. */
  executionRate: string | null;
  /** The 预算执行率 row first (level1 `预算执行率`), then the indicators in printed order. */
  rows: ReportRow[];
  /** Computed total; null when a row needs a decision or the table was cut off. */
  total: string | null;
  printedTotal: string | null;
  grade: Grade | null;
  findings: Finding[];
  /** Wherever the computed score differs from the printed one (rows and the total). */
  differences: ScoreDifference[];
}

export interface ReportRow {
  level1: string;
  level2: string;
  level3: string;
  target: string;
  actual: string;
  weight: string;
  score: string | null;
  printedScore: string | null;
  reason: ReasonCode;
  reasonText: string;
  deductionReason: string | null;
}

export interface ScoreDifference {
  /** Index in `rows`; null for the total. */
  row: number | null;
  indicator: string;
  printed: string;
  computed: string | null;
}

export interface ScoreDocumentOptions {
  profile?: ScoringProfileId;
}

/** Parses a 决算 document's 部门预算项目支出绩效自评表 and rescores every project with the chosen profile. */
export function scoreSelfEvaluationDocument(text: string, options: ScoreDocumentOptions = {}): ScoreReport {
  const profile = SCORING_PROFILES[options.profile ?? DEFAULT_PROFILE_ID];
  const document = parseSelfEvaluationDocument(text);
  return {
    profile: { id: profile.id, version: profile.version },
    year: document.year,
    department: document.department,
    projects: document.projects.map((project) =>
      reportProject(project, scoreAsPrinted(project, options.profile ?? DEFAULT_PROFILE_ID)),
    ),
    warnings: document.warnings,
  };
}

function scoreAsPrinted(project: PrintedSelfEvaluation, profileId: ScoringProfileId): ProjectScore {
  try {
    return scoreProject(
      {
        indicators: project.indicators.map((row) => indicatorFromPrinted(row)),
        budget: project.budget,
        executed: project.executed,
        executionDeductionReason: project.executionRateRow?.deductionReason ?? null,
        year: project.year,
      },
      SCORING_PROFILES[profileId],
    );
  } catch (error) {
    if (error instanceof ScoringValidationError) {
      throw new ScoringValidationError(
        error.code,
        // The printed table's row, counted from 1 as a reader of the document counts.
        `${project.name}：${error.rowIndex === null ? '' : `第 ${error.rowIndex + 1} 行，`}${error.message}`,
        error.rowIndex,
        error.rowName,
      );
    }
    throw error;
  }
}

function reportProject(project: PrintedSelfEvaluation, scored: ProjectScore): ProjectScoreReport {
  const execution = scored.executionRate;
  const printedExecution = project.executionRateRow;
  const rows: ReportRow[] = [
    {
      level1: EXECUTION_RATE_ROW,
      level2: '',
      level3: '',
      target: printedExecution?.target ?? '100%',
      actual: printedExecution?.actual ?? (execution.rate === null ? '' : `${execution.rate.toString()}%`),
      weight: execution.weight.toString(),
      score: text(execution.score),
      printedScore: text(printedExecution?.score ?? null),
      reason: execution.reason,
      reasonText: execution.reasonText,
      deductionReason: printedExecution?.deductionReason ?? null,
    },
    ...project.indicators.map((printed, index): ReportRow => {
      const row = scored.rows[index];
      return {
        level1: printed.level1,
        level2: printed.level2,
        level3: printed.level3,
        target: printed.target,
        actual: printed.actual,
        weight: printed.weight.toString(),
        score: text(row.score),
        printedScore: printed.score.toString(),
        reason: row.reason,
        reasonText: row.reasonText,
        deductionReason: printed.deductionReason,
      };
    }),
  ];
  const total = text(scored.total);
  const printedTotal = text(project.printedTotal?.score ?? null);
  const differences: ScoreDifference[] = [];
  rows.forEach((row, index) => {
    if (row.printedScore !== null && row.printedScore !== row.score) {
      differences.push({
        row: index,
        indicator: row.level3 || row.level1,
        printed: row.printedScore,
        computed: row.score,
      });
    }
  });
  if (printedTotal !== null && printedTotal !== total)
    differences.push({ row: null, indicator: '得分', printed: printedTotal, computed: total });
  return {
    name: project.name,
    year: project.year,
    department: project.department,
    unit: project.unit,
    budget: text(project.budget),
    executed: text(project.executed),
    executionRate: text(execution.rate),
    rows,
    total,
    printedTotal,
    grade: scored.grade,
    findings: [...scored.findings, ...reconcileMoneyBlock(project.money)],
    differences,
  };
}

/** Shortest exact notation (`91.4`, `60`), as the tables print. */
function text(value: Decimal | null): string | null {
  return value === null ? null : value.toString();
}
