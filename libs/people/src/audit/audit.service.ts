import { AppConfig } from '@jixiao/config';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AUTH_CLOCK, AuthClock } from '../clock';
import { AuditContext } from './audit-context';
import { AuditEntry, AuditOutcome } from './audit-entry.entity';
import { AuditEvent, auditRow } from './audited';

export interface AuditQuery {
  userId?: string;
  username?: string;
  action?: string;
  objectType?: string;
  objectId?: string;
  outcome?: AuditOutcome;
  from?: Date;
  to?: Date;
  page: number;
  pageSize: number;
}

/**
 * 审计日志: append-only (the database refuses UPDATE and DELETE). `record` inside a caller's
 * transaction makes the entry part of the change; without a manager it is written on its own
 * connection, so failed attempts stay recorded when the caller's transaction rolls back.
 */
@Injectable()
export class AuditService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    @Inject(AUTH_CLOCK) private readonly clock: AuthClock,
  ) {}

  async record(
    context: AuditContext,
    event: AuditEvent,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    // save, not insert: insert's typing refuses null for jsonb columns.
    await manager
      .getRepository(AuditEntry)
      .save(auditRow(context, event, this.clock.now()), { transaction: false, reload: false });
  }

  /** Newest first. */
  async list(
    query: AuditQuery,
  ): Promise<{ items: AuditEntry[]; total: number; page: number; pageSize: number }> {
    const builder = this.dataSource.getRepository(AuditEntry).createQueryBuilder('a');
    if (query.userId) builder.andWhere('a.userId = :userId', { userId: query.userId });
    if (query.username)
      builder.andWhere('a.username = :username', { username: query.username.toLowerCase() });
    if (query.action) builder.andWhere('a.action = :action', { action: query.action });
    if (query.objectType) builder.andWhere('a.objectType = :objectType', { objectType: query.objectType });
    if (query.objectId) builder.andWhere('a.objectId = :objectId', { objectId: query.objectId });
    if (query.outcome) builder.andWhere('a.outcome = :outcome', { outcome: query.outcome });
    if (query.from) builder.andWhere('a.at >= :from', { from: query.from });
    if (query.to) builder.andWhere('a.at < :to', { to: query.to });
    const [items, total] = await builder
      .orderBy('a.at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return { items, total, page: query.page, pageSize: query.pageSize };
  }

  /**
   * Deletes entries older than AUDIT_RETENTION_DAYS through the database's `audit_purge()`, the
   * only path the append-only trigger lets through (and never for entries younger than 183 days).
   */
  async purge(): Promise<number> {
    const cutoff = new Date(this.clock.now().getTime() - this.config.AUDIT_RETENTION_DAYS * 86_400_000);
    const [row] = await this.dataSource.query<{ purged: string }[]>('SELECT audit_purge($1) AS purged', [
      cutoff,
    ]);
    return Number(row.purged);
  }
}
