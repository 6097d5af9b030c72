import { AuthUser, canSeeUnit, EDITABLE_REVIEW_STATES, REVIEW_RULES, ReviewAction } from '@jixiao/people';
import { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { EvaluationRow, SelfEvaluation } from './entities';
import { evaluationNotFound, notEditable, staleVersion } from './evaluation-error';
import type { LastTransition, Scorecard, ScorecardContext } from './scorecard.view';
import { toScorecard } from './scorecard.view';

/**
 * The evaluation, locked for the rest of the transaction, if the caller may see it (another unit's is a
 * 404); concurrent writers queue here and the later one finds the version moved on (409).
 */
export async function lockVisibleEvaluation(
  manager: EntityManager,
  user: AuthUser,
  id: string,
  version?: number,
): Promise<SelfEvaluation> {
  const evaluation = await manager.findOne(SelfEvaluation, {
    where: { id },
    lock: { mode: 'pessimistic_write' },
  });
  if (!evaluation || !canSeeUnit(user, evaluation.departmentId, evaluation.unitId))
    throw evaluationNotFound(id);
  if (version !== undefined && evaluation.version !== version)
    throw staleVersion(id, version, evaluation.version);
  return evaluation;
}

/** Entries change only while the evaluation is a draft or returned, and never on a published table. */
export function assertEditable(evaluation: SelfEvaluation): void {
  if (evaluation.source === 'published' || !EDITABLE_REVIEW_STATES.includes(evaluation.state))
    throw notEditable(evaluation.id, evaluation.source === 'published' ? 'approved' : evaluation.state);
}

/** The scorecard with its rows and its latest review step, as every endpoint answers it. */
export async function loadScorecard(manager: EntityManager, evaluation: SelfEvaluation): Promise<Scorecard> {
  const rows = await loadRows(manager, evaluation.id);
  return toScorecard(evaluation, rows, await loadScorecardContext(manager, evaluation));
}

/**
 * What the scorecard shows beside the evaluation's own columns: its latest review step, and 主管部门 /
 * 实施单位 as the form prints them — the project's printed names, else its department's and unit's
 * (most target tables print neither: the project belongs to both all the same).
 */
export async function loadScorecardContext(
  manager: EntityManager,
  evaluation: SelfEvaluation,
): Promise<ScorecardContext> {
  const [lastTransition, [names]] = await Promise.all([
    loadLastTransition(manager, evaluation.id),
    manager.query(
      `SELECT d.name AS department, u.name AS unit
         FROM department d LEFT JOIN budget_unit u ON u.id = $2 WHERE d.id = $1`,
      [evaluation.departmentId, evaluation.unitId],
    ) as Promise<{ department: string; unit: string | null }[]>,
  ]);
  return {
    lastTransition,
    competentDepartment: evaluation.competentDepartment ?? names?.department ?? null,
    implementingUnit: evaluation.implementingUnit ?? names?.unit ?? null,
  };
}

/** The evaluation's latest transition with the actor's display name (their username when they have none). */
async function loadLastTransition(
  manager: EntityManager,
  evaluationId: string,
): Promise<LastTransition | null> {
  const [row]: {
    action: ReviewAction;
    from_state: LastTransition['from'];
    to_state: LastTransition['to'];
    user_id: string;
    name: string;
    at: Date;
    comment: string | null;
  }[] = await manager.query(
    `SELECT w.action, w.from_state, w.to_state, w.user_id, w.at, w.comment,
            COALESCE(NULLIF(a.display_name, ''), w.username) AS name
       FROM workflow_transition w LEFT JOIN user_account a ON a.id = w.user_id
      WHERE w.evaluation_id = $1 ORDER BY w.at DESC, w.id DESC LIMIT 1`,
    [evaluationId],
  );
  if (!row) return null;
  return {
    action: row.action,
    label: REVIEW_RULES[row.action].label,
    from: row.from_state,
    to: row.to_state,
    by: { id: row.user_id, name: row.name },
    at: new Date(row.at).toISOString(),
    comment: row.comment,
  };
}

export function loadRows(manager: EntityManager, evaluationId: string): Promise<EvaluationRow[]> {
  return manager.find(EvaluationRow, { where: { evaluationId }, order: { position: 'ASC' } });
}

/** The columns of self_evaluation a rescore or an edit writes (TypeORM bumps the version on update). */
export function evaluationColumns(evaluation: SelfEvaluation): QueryDeepPartialEntity<SelfEvaluation> {
  const columns: Partial<SelfEvaluation> = {
    state: evaluation.state,
    profile: evaluation.profile,
    budget: evaluation.budget,
    fiscalBudget: evaluation.fiscalBudget,
    otherBudget: evaluation.otherBudget,
    executed: evaluation.executed,
    fiscalExecuted: evaluation.fiscalExecuted,
    otherExecuted: evaluation.otherExecuted,
    executionRate: evaluation.executionRate,
    executionScore: evaluation.executionScore,
    executionDeductionReason: evaluation.executionDeductionReason,
    executionManualScore: evaluation.executionManualScore,
    executionManualReason: evaluation.executionManualReason,
    goalActual: evaluation.goalActual,
    total: evaluation.total,
    partialTotal: evaluation.partialTotal,
    grade: evaluation.grade,
    findings: evaluation.findings,
  };
  // Decimal has no public fields to deep-partial; the column transformers write it.
  return columns as QueryDeepPartialEntity<SelfEvaluation>;
}
