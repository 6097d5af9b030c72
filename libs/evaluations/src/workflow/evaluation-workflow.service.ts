import { AuthUser, ReviewAction, reviewTransition } from '@jixiao/people';
import { DomainError } from '@jixiao/platform';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EvaluationAudit } from '../audit/evaluation-audit';
import { SelfEvaluation, WorkflowTransition } from '../entities';
import { loadScorecard, lockVisibleEvaluation } from '../evaluation-access';
import { Scorecard } from '../scorecard.view';
import { EvaluationTransitionEvent, EvaluationTransitionHooks } from './evaluation-transition-hooks';
import { blockingFindings } from './submission-checks';

/**
 * 审核流程 on self-evaluations: submit (only when the engine's checks pass), return with a comment,
 * approve (locks it), reopen with a reason. Each step checks the version read, is recorded as a
 * WorkflowTransition (who, when, from, to, why) and audited; refused attempts are audited too.
 */
@Injectable()
export class EvaluationWorkflowService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: EvaluationAudit,
    private readonly hooks: EvaluationTransitionHooks,
  ) {}

  async transition(
    user: AuthUser,
    id: string,
    action: ReviewAction,
    version: number,
    comment?: string | null,
  ): Promise<Scorecard> {
    const auditEvent = { action: `EVALUATION.${action.toUpperCase()}`, evaluationId: id, after: { comment } };
    let event: EvaluationTransitionEvent | null = null;
    const scorecard = await this.audit.attempt(user, auditEvent, () =>
      this.dataSource.transaction(async (manager) => {
        const evaluation = await lockVisibleEvaluation(manager, user, id, version);
        if (evaluation.source === 'published') {
          throw new DomainError('conflict', 'EVALUATION.HISTORICAL', '已公开的历史自评表不参与审核流程', {
            id,
          });
        }
        // The shared review rules (libs/people): role, state and comment checks, the same for monitoring reports.
        const {
          to,
          at,
          comment: text,
        } = reviewTransition('EVALUATION', evaluation.state, action, user, comment, new Date());
        if (action === 'submit') checkSubmittable(evaluation);
        await manager.update(SelfEvaluation, { id }, { state: to });
        await manager.insert(WorkflowTransition, {
          evaluationId: id,
          action,
          fromState: evaluation.state,
          toState: to,
          userId: user.id,
          username: user.username,
          at,
          comment: text,
        });
        await this.audit.success(manager, user, {
          ...auditEvent,
          before: { state: evaluation.state, version: evaluation.version },
          after: { state: to, version: evaluation.version + 1, comment: text },
        });
        event = {
          evaluationId: id,
          projectId: evaluation.projectId,
          departmentId: evaluation.departmentId,
          unitId: evaluation.unitId,
          year: evaluation.year,
          projectName: evaluation.projectName,
          action,
          from: evaluation.state,
          to,
          comment: text,
          user: { id: user.id, username: user.username, role: user.role },
          at,
        };
        return loadScorecard(manager, await manager.findOneByOrFail(SelfEvaluation, { id }));
      }),
    );
    if (event) await this.hooks.emit(event);
    return scorecard;
  }

  /** The evaluation's transitions, oldest first. */
  async history(user: AuthUser, id: string): Promise<WorkflowTransition[]> {
    return this.dataSource.transaction(async (manager) => {
      await lockVisibleEvaluation(manager, user, id);
      return manager.find(WorkflowTransition, {
        where: { evaluationId: id },
        order: { at: 'ASC', id: 'ASC' },
      });
    });
  }
}

/** The stored findings are current: every edit rescored and saved them. */
function checkSubmittable(evaluation: SelfEvaluation): void {
  const blocking = blockingFindings(evaluation.findings);
  if (blocking.length > 0 || evaluation.total === null) {
    throw new DomainError(
      'unprocessable',
      'EVALUATION.CHECKS_FAILED',
      `自评未通过提交检查：${blocking.map((f) => f.message).join('；') || '仍有指标未计分'}`,
      { findings: blocking },
    );
  }
}
