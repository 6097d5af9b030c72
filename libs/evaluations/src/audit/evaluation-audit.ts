import { AuditEntry, auditRow, AuthUser, currentAuditContext, SYSTEM_AUDIT } from '@jixiao/people';
import { DomainError } from '@jixiao/platform';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

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
/** As people's own writers save: one INSERT, no transaction of its own, nothing read back. */
const SAVE = { transaction: false, reload: false } as const;

@Injectable()
export class EvaluationAudit {
  constructor(private readonly dataSource: DataSource) {}

  async success(manager: EntityManager, user: AuthUser | null, event: EvaluationAuditEvent): Promise<void> {
    await manager.getRepository(AuditEntry).save(this.entry(user, event, 'success'), SAVE);
  }

  async failure(user: AuthUser | null, event: EvaluationAuditEvent, error: unknown): Promise<void> {
    const detail = error instanceof DomainError ? error.code : error instanceof Error ? error.name : 'ERROR';
    await this.dataSource.manager
      .getRepository(AuditEntry)
      .save(this.entry(user, { ...event, detail }, 'failure'), SAVE);
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

  /** People's one mapping from events to rows, with this call's user (the system's when null). */
  private entry(user: AuthUser | null, event: EvaluationAuditEvent, outcome: 'success' | 'failure') {
    const context = user ? { ...currentAuditContext(), actor: user } : SYSTEM_AUDIT;
    return auditRow(
      context,
      {
        action: event.action,
        objectType: event.objectType ?? 'self_evaluation',
        objectId: event.objectId ?? event.evaluationId,
        before: (event.before ?? null) as Record<string, unknown> | null,
        after: (event.after ?? null) as Record<string, unknown> | null,
        outcome,
        detail: event.detail ?? null,
      },
      new Date(),
    );
  }
}
