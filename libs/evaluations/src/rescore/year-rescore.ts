import { EDITABLE_REVIEW_STATES } from '@jixiao/people';
import { Decimal } from '@jixiao/decimal';
import type { QualitativeBand, ScoringProfile } from '@jixiao/scoring';
import { ScoringValidationError } from '@jixiao/scoring';
import { AppConfig } from '@jixiao/config';
import { allowLongStatements } from '@jixiao/database';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { EvaluationState } from '../entities';
import { EvaluationRowInput, scoreEvaluation } from '../scoring/score-evaluation';
import { bulkUpdate, BulkColumn } from './bulk-update';
import { ROW_SCORE_COLUMNS, rowScoreValues } from './row-columns';

export interface RescoreYearResult {
  evaluations: number;
  rows: number;
  /** Evaluations whose total changed. */
  changedTotals: number;
  /** Evaluations the engine refused (their stored scores are left as they were), with the reason. */
  refused: { id: string; projectName: string; code: string; message: string }[];
  /** Approved evaluations: locked, not rescored. */
  skippedApproved: number;
  /** Evaluations left as they were, by state (approved always; submitted too with `editableOnly`). */
  kept: Partial<Record<EvaluationState, number>>;
  millis: { load: number; score: number; write: number };
}

const EVALUATION_SCORE_COLUMNS: readonly BulkColumn[] = [
  { name: 'execution_rate', type: 'numeric' },
  { name: 'execution_score', type: 'numeric' },
  { name: 'total', type: 'numeric' },
  { name: 'partial_total', type: 'numeric' },
  { name: 'grade', type: 'text' },
  { name: 'findings', type: 'jsonb' },
];

interface EvaluationRecord {
  id: string;
  project_name: string;
  profile: string;
  year: number;
  budget: string | null;
  executed: string | null;
  execution_deduction_reason: string | null;
  execution_manual_score: string | null;
  total: string | null;
}

interface RowRecord {
  id: string;
  evaluation_id: string;
  level1: string;
  level2: string;
  level3: string;
  target: Record<string, unknown>;
  direction: string;
  weight: string | null;
  actual: Record<string, unknown> | null;
  band: QualitativeBand | null;
  manual_score: string | null;
  deduction_reason: string | null;
  deviation_reason: string | null;
}

export interface YearRescoreOptions {
  /**
   * Score with this profile and store it with each evaluation rescored (a department's new choice; their
   * version moves on, so an edit based on the old scores gets 409). Default: each one's stored profile.
   */
  profile?: ScoringProfile;
  /** Only evaluations still being entered (draft, returned); default: all but approved ones. */
  editableOnly?: boolean;
}

/**
 * A whole year rescored set-based: two SELECTs (evaluations, then all their rows in position order), the
 * engine in process, and UPDATE … FROM unnest in chunks — in one transaction. Each stored profile text is
 * parsed once, so the engine compiles it once.
 */
@Injectable()
export class YearRescore {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  run(departmentId: string | null, year: number): Promise<RescoreYearResult> {
    return this.dataSource.transaction((manager) => this.runIn(manager, departmentId, year));
  }

  /** The same inside the caller's transaction. */
  async runIn(
    manager: EntityManager,
    departmentId: string | null,
    year: number,
    options: YearRescoreOptions = {},
  ): Promise<RescoreYearResult> {
    await allowLongStatements(manager, this.config.DATABASE_BULK_STATEMENT_TIMEOUT_MS);
    const started = Date.now();
    const states: readonly EvaluationState[] = options.editableOnly
      ? EDITABLE_REVIEW_STATES
      : [...EDITABLE_REVIEW_STATES, 'submitted'];
    const where = (e: string) =>
      `${e}.year = $1 AND ($2::uuid IS NULL OR ${e}.department_id = $2) AND ${e}.state = ANY($3::text[])`;
    const evaluations: EvaluationRecord[] = await manager.query(
      `SELECT id, project_name, profile::text AS profile, year, budget, executed, execution_deduction_reason,
                execution_manual_score, total
           FROM self_evaluation e WHERE ${where('e')} FOR UPDATE`,
      [year, departmentId, states],
    );
    const keptRows: { state: EvaluationState; count: number }[] = await manager.query(
      `SELECT state, count(*)::int AS count FROM self_evaluation
          WHERE year = $1 AND ($2::uuid IS NULL OR department_id = $2) AND state <> ALL($3::text[])
          GROUP BY state ORDER BY state`,
      [year, departmentId, states],
    );
    const kept = Object.fromEntries(keptRows.map((row) => [row.state, row.count]));
    const rows: RowRecord[] = await manager.query(
      `SELECT r.id, r.evaluation_id, r.level1, r.level2, r.level3, r.target, r.direction, r.weight, r.actual,
                r.band, r.manual_score, r.deduction_reason, r.deviation_reason
           FROM evaluation_row r JOIN self_evaluation e ON e.id = r.evaluation_id
          WHERE ${where('e')}
          ORDER BY r.evaluation_id, r.position`,
      [year, departmentId, states],
    );
    const loaded = Date.now();

    const rowsByEvaluation = new Map<string, RowRecord[]>();
    for (const row of rows) {
      let list = rowsByEvaluation.get(row.evaluation_id);
      if (!list) rowsByEvaluation.set(row.evaluation_id, (list = []));
      list.push(row);
    }
    const profiles = new Map<string, ScoringProfile>();
    const rowUpdates: unknown[][] = [];
    const evaluationUpdates: unknown[][] = [];
    const refused: RescoreYearResult['refused'] = [];
    let changedTotals = 0;
    for (const evaluation of evaluations) {
      let profile = options.profile ?? profiles.get(evaluation.profile);
      if (!profile)
        profiles.set(evaluation.profile, (profile = JSON.parse(evaluation.profile) as ScoringProfile));
      const records = rowsByEvaluation.get(evaluation.id) ?? [];
      let score;
      try {
        score = scoreEvaluation({
          profile,
          year: evaluation.year,
          budget: decimal(evaluation.budget),
          executed: decimal(evaluation.executed),
          executionDeductionReason: evaluation.execution_deduction_reason,
          executionManualScore: decimal(evaluation.execution_manual_score),
          rows: records.map(rowInput),
        });
      } catch (error) {
        if (!(error instanceof ScoringValidationError)) throw error;
        refused.push({
          id: evaluation.id,
          projectName: evaluation.project_name,
          code: error.code,
          message: error.message,
        });
        continue;
      }
      const total = score.total?.toString() ?? null;
      if (total !== (evaluation.total === null ? null : Decimal.parse(evaluation.total).toString()))
        changedTotals++;
      evaluationUpdates.push([
        evaluation.id,
        score.executionRate?.toString() ?? null,
        score.executionScore?.toString() ?? null,
        total,
        score.partialTotal.toString(),
        score.grade,
        JSON.stringify(score.findings),
      ]);
      score.rows.forEach((row, index) => {
        rowUpdates.push([records[index].id, ...rowScoreValues(row)]);
      });
    }
    const scored = Date.now();
    await bulkUpdate(manager, 'evaluation_row', ROW_SCORE_COLUMNS, rowUpdates);
    await bulkUpdate(manager, 'self_evaluation', EVALUATION_SCORE_COLUMNS, evaluationUpdates);
    if (options.profile && evaluationUpdates.length > 0) {
      await manager.query(
        `UPDATE self_evaluation SET profile = $1::jsonb, version = version + 1, updated_at = now()
            WHERE id = ANY($2::uuid[])`,
        [JSON.stringify(options.profile), evaluationUpdates.map((update) => update[0])],
      );
    }
    return {
      evaluations: evaluationUpdates.length,
      rows: rowUpdates.length,
      changedTotals,
      refused,
      skippedApproved: kept.approved ?? 0,
      kept,
      millis: { load: loaded - started, score: scored - loaded, write: Date.now() - scored },
    };
  }
}

function rowInput(row: RowRecord): EvaluationRowInput {
  return {
    level1: row.level1,
    level2: row.level2,
    level3: row.level3,
    target: row.target,
    direction: row.direction,
    weight: decimal(row.weight),
    actual: row.actual,
    band: row.band,
    manualScore: decimal(row.manual_score),
    deductionReason: row.deduction_reason,
    deviationReason: row.deviation_reason,
  };
}

function decimal(text: string | null): Decimal | null {
  return text === null ? null : Decimal.parse(text);
}
