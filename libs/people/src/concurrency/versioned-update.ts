import { notFound, versionConflict } from '@jixiao/platform';
import { Injectable } from '@nestjs/common';
import { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AuditContext } from '../audit/audit-context';
import { AuditService } from '../audit/audit.service';

/** A row with an id and an optimistic-lock version (TypeORM @VersionColumn). */
export type Versioned = ObjectLiteral & { id: string; version: number };

export interface VersionedChange<T extends Versioned> {
  entity: EntityTarget<T>;
  id: string;
  /** The version the client read; a different current version means someone wrote in between. */
  version: number;
  changes: QueryDeepPartialEntity<T>;
  /** Error-code prefix and audit object type: `EVALUATION` → `EVALUATION.VERSION_CONFLICT`. */
  objectType: string;
  /** Chinese name for messages: 自评表. */
  label: string;
  /** Audit action; default `<objectType>.UPDATE`. */
  action?: string;
  /** Reason or comment kept in the audit entry. */
  detail?: string | null;
}

/**
 * Optimistic locking (乐观锁) for every module: "update this row if it is still at the version I
 * read". The row is locked, its version compared, then `UPDATE … WHERE id = $1 AND version = $2`
 * bumps it; a stale version throws 409 `<TYPE>.VERSION_CONFLICT` and nothing is written. Both
 * outcomes are audited: the success inside the caller's transaction, the refusal on its own
 * connection so it survives the rollback. Of two concurrent writers from one version, the second
 * waits on the row lock and then sees the new version: exactly one succeeds.
 */
@Injectable()
export class VersionedUpdater {
  constructor(private readonly audit: AuditService) {}

  async update<T extends Versioned>(
    manager: EntityManager,
    context: AuditContext,
    change: VersionedChange<T>,
  ): Promise<T> {
    if (manager.queryRunner?.isTransactionActive) return this.updateIn(manager, context, change);
    return manager.transaction((transactional) => this.updateIn(transactional, context, change));
  }

  private async updateIn<T extends Versioned>(
    manager: EntityManager,
    context: AuditContext,
    change: VersionedChange<T>,
  ): Promise<T> {
    const repository = manager.getRepository(change.entity);
    const byId = { id: change.id } as FindOptionsWhere<T>;
    const action = change.action ?? `${change.objectType}.UPDATE`;
    const current = await repository.findOne({ where: byId, lock: { mode: 'pessimistic_write' } });
    if (!current) throw notFound(change.objectType, change.id, change.label);
    if (current.version !== change.version) {
      const error = versionConflict(
        `${change.objectType}.VERSION_CONFLICT`,
        { id: change.id },
        change.version,
        current.version,
      );
      await this.audit.record(context, {
        action,
        objectType: change.objectType,
        objectId: change.id,
        outcome: 'failure',
        before: { version: current.version },
        after: { ...change.changes, version: change.version },
        detail: error.code,
      });
      throw error;
    }
    await repository
      .createQueryBuilder()
      .update()
      .set(change.changes)
      .where({ id: change.id, version: change.version })
      .execute();
    const updated = await repository.findOneByOrFail(byId);
    const keys = Object.keys(change.changes);
    await this.audit.record(
      context,
      {
        action,
        objectType: change.objectType,
        objectId: change.id,
        before: pick(current, keys, current.version),
        after: pick(updated, keys, updated.version),
        detail: change.detail ?? null,
      },
      manager,
    );
    return updated;
  }
}

function pick(row: ObjectLiteral, keys: string[], version: number): Record<string, unknown> {
  return { ...Object.fromEntries(keys.map((key) => [key, row[key]])), version };
}
