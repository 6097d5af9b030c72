import { DataSource, EntityManager } from 'typeorm';
import { AuditEntry, AuditOutcome } from './audit-entry.entity';
import { AuditContext, currentAuditContext } from './audit-context';

/** One thing that happened, as a module reports it. */
export interface AuditEvent {
  /** `AUTH.LOGIN`, `USER.UPDATE`, `EVALUATION.APPROVE`… (`<OBJECT>.<VERB>`). */
  action: string;
  objectType?: string | null;
  objectId?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  outcome?: AuditOutcome;
  /** Failure code or the reason given (a return comment, a reopen reason). */
  detail?: string | null;
  /** Overrides the actor's name, for attempts by someone not (yet) authenticated. */
  username?: string | null;
}

/** The named fields of an object as an entry's `before` or `after` (decimals are saved as their strings). */
export function auditFields<T extends object, K extends keyof T>(
  value: T,
  fields: readonly K[],
): Record<string, unknown> {
  return Object.fromEntries(fields.map((field) => [field, value[field] ?? null]));
}

/** The row of one event by one caller at one time: the only mapping from events to entries. */
export function auditRow(context: AuditContext, event: AuditEvent, at: Date): Omit<AuditEntry, 'id'> {
  return {
    at,
    userId: context.actor?.id ?? null,
    username: event.username ?? context.actor?.username ?? null,
    action: event.action,
    objectType: event.objectType ?? null,
    objectId: event.objectId ?? null,
    before: event.before ?? null,
    after: event.after ?? null,
    outcome: event.outcome ?? 'success',
    clientAddress: context.clientAddress,
    detail: event.detail ?? null,
  };
}

/**
 * Feature modules audit through these two functions rather than AuditService so that they need no
 * provider (the worker and some test modules run them without PeopleModule). The caller and its
 * address come from the request being served (currentAuditContext), or are the system's.
 */

/** The entry of a change, written with the change's transaction: no entry without the change and back. */
export async function auditSuccess(manager: EntityManager, event: AuditEvent): Promise<void> {
  await manager
    .getRepository(AuditEntry)
    .save(auditRow(currentAuditContext(), { ...event, outcome: 'success' }, new Date()), {
      transaction: false,
      reload: false,
    });
}

/** Errors whose failure entry is written already (an attempt nested in another one). */
const failuresRecorded = new WeakSet<object>();

/**
 * Runs `work`, which calls auditSuccess inside its transaction; when it throws, the refused attempt is
 * recorded as a failure on its own connection (it survives the rollback) and the error rethrown, as
 * the evaluation audit does. A nested attempt's failure is recorded once, under the innermost action.
 */
export async function audited<T>(
  db: DataSource | EntityManager,
  event: AuditEvent,
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const once = error instanceof Object ? error : null;
    if (!once || !failuresRecorded.has(once)) {
      const detail = failureCode(error);
      const manager = (db instanceof DataSource ? db : db.connection).manager;
      await manager
        .getRepository(AuditEntry)
        .save(auditRow(currentAuditContext(), { ...event, outcome: 'failure', detail }, new Date()), {
          transaction: false,
          reload: false,
        });
      if (once) failuresRecorded.add(once);
    }
    throw error;
  }
}

/**
 * A DomainError's stable code, else the error's name. Read by shape, not `instanceof`: importing
 * @jixiao/platform here would load the feature modules before people has defined AuditService.
 */
function failureCode(error: unknown): string {
  if (!(error instanceof Error)) return 'ERROR';
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : error.name;
}
