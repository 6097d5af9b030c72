import { AuthUser, canSeeUnit, EDITABLE_REVIEW_STATES } from '@jixiao/people';
import { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { EvaluationRow, SelfEvaluation } from './entities';
import { evaluationNotFound, notEditable, staleVersion } from './evaluation-error';

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
