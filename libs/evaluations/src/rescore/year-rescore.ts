import { Decimal } from '@jixiao/decimal';
import type { QualitativeBand, ScoringProfile } from '@jixiao/scoring';
import { ScoringValidationError } from '@jixiao/scoring';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EvaluationRowInput, scoreEvaluation } from '../scoring/score-evaluation';
import { bulkUpdate, BulkColumn } from './bulk-update';
import { ROW_SCORE_COLUMNS } from './row-columns';

export interface RescoreYearResult {
  evaluations: number;
  rows: number;
  /** Evaluations whose total changed. */
  changedTotals: number;
  /** Evaluations the engine refused (their stored scores are left as they were), with the reason. */
  refused: { id: string; projectName: string; code: string; message: string }[];
  /** Approved evaluations: locked, not rescored. */
  skippedApproved: number;
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
  weight: string;
  actual: Record<string, unknown> | null;
  band: QualitativeBand | null;
  manual_score: string | null;
  deduction_reason: string | null;
}

/**
 * A whole year rescored set-based: two SELECTs (evaluations, then all their rows in position order), the
 * engine in process, and UPDATE … FROM unnest in chunks — in one transaction. Each stored profile text is
 * parsed once, so the engine compiles it once.
 */
@Injectable()
export class YearRescore {
  constructor(private readonly dataSource: DataSource) {}

  async run(departmentId: string | null, year: number): Promise<RescoreYearResult> {
    return this.dataSource.transaction(async (manager) => {
      const started = Date.now();
      const where = (e: string) =>
        `${e}.year = $1 AND ($2::uuid IS NULL OR ${e}.department_id = $2) AND ${e}.state <> 'approved'`;
      const evaluations: EvaluationRecord[] = await manager.query(
        `SELECT id, project_name, profile::text AS profile, year, budget, executed, execution_deduction_reason,
                execution_manual_score, total
           FROM self_evaluation e WHERE ${where('e')} FOR UPDATE`,
        [year, departmentId],
      );
      const [{ approved }] = await manager.query(
        `SELECT count(*)::int AS approved FROM self_evaluation
          WHERE year = $1 AND ($2::uuid IS NULL OR department_id = $2) AND state = 'approved'`,
        [year, departmentId],
      );
      const rows: RowRecord[] = await manager.query(
        `SELECT r.id, r.evaluation_id, r.level1, r.level2, r.level3, r.target, r.direction, r.weight, r.actual,
                r.band, r.manual_score, r.deduction_reason
           FROM evaluation_row r JOIN self_evaluation e ON e.id = r.evaluation_id
          WHERE ${where('e')}
          ORDER BY r.evaluation_id, r.position`,
        [year, departmentId],
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
        let profile = profiles.get(evaluation.profile);
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
          rowUpdates.push([
            records[index].id,
            row.score?.toString() ?? null,
            row.computedScore?.toString() ?? null,
            row.reason,
            row.rule,
            row.reasonText,
            row.fallback,
          ]);
        });
      }
      const scored = Date.now();
      await bulkUpdate(manager, 'evaluation_row', ROW_SCORE_COLUMNS, rowUpdates);
      await bulkUpdate(manager, 'self_evaluation', EVALUATION_SCORE_COLUMNS, evaluationUpdates);
      return {
        evaluations: evaluationUpdates.length,
        rows: rowUpdates.length,
        changedTotals,
        refused,
        skippedApproved: approved,
        millis: { load: loaded - started, score: scored - loaded, write: Date.now() - scored },
      };
    });
  }
}

function rowInput(row: RowRecord): EvaluationRowInput {
  return {
    level1: row.level1,
    level2: row.level2,
    level3: row.level3,
    target: row.target,
    direction: row.direction,
    weight: Decimal.parse(row.weight),
    actual: row.actual,
    band: row.band,
    manualScore: decimal(row.manual_score),
    deductionReason: row.deduction_reason,
  };
}

function decimal(text: string | null): Decimal | null {
  return text === null ? null : Decimal.parse(text);
}
