import { AuditEntry, AuthUser, currentAuditContext, SYSTEM_AUDIT } from '@jixiao/people';
import { DomainError } from '@jixiao/platform';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

export interface EvaluationAuditEvent {
  /** `EVALUATION.UPDATE`, `EVALUATION.SUBMIT`, … */
  action: string;
  evaluationId: string | null;
  /** Another object than an evaluation (e.g. `department_scoring_profile`), and its id. */
  objectType?: string;
  objectId?: string | null;
  before?: unknown;
  after?: unknown;
  detail?: string | null;
}

/**
 * Writes the evaluation's entries into the append-only audit log (审计记录, people's AuditEntry).
 * Successes go into the request's transaction (no entry without the change); failures are written on
 * their own after the rollback, so a refused attempt (409, 400, 404) is on record too. A null user is
 * the system (the CLI), recorded like people's SYSTEM_AUDIT: no user, client address `system`.
 */
@Injectable()
export class EvaluationAudit {
  constructor(private readonly dataSource: DataSource) {}

  async success(manager: EntityManager, user: AuthUser | null, event: EvaluationAuditEvent): Promise<void> {
    await manager.insert(AuditEntry, this.entry(user, event, 'success'));
  }

  async failure(user: AuthUser | null, event: EvaluationAuditEvent, error: unknown): Promise<void> {
    const detail = error instanceof DomainError ? error.code : error instanceof Error ? error.name : 'ERROR';
    await this.dataSource.manager.insert(AuditEntry, this.entry(user, { ...event, detail }, 'failure'));
  }

  /** Runs `work`; when it throws, records the failed attempt and rethrows. */
  async attempt<T>(user: AuthUser | null, event: EvaluationAuditEvent, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      await this.failure(user, event, error);
      throw error;
    }
  }

  private entry(
    user: AuthUser | null,
    event: EvaluationAuditEvent,
    outcome: 'success' | 'failure',
  ): QueryDeepPartialEntity<AuditEntry> {
    return {
      at: new Date(),
      userId: user?.id ?? null,
      username: user?.username ?? null,
      action: event.action,
      objectType: event.objectType ?? 'self_evaluation',
      objectId: event.objectId ?? event.evaluationId,
      before: (event.before ?? null) as QueryDeepPartialEntity<AuditEntry>['before'],
      after: (event.after ?? null) as QueryDeepPartialEntity<AuditEntry>['after'],
      outcome,
      // The request's address (people's audit context); the system's when no request is served.
      clientAddress: user ? currentAuditContext().clientAddress : SYSTEM_AUDIT.clientAddress,
      detail: event.detail ?? null,
    };
  }
}
