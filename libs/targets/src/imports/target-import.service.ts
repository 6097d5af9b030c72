import { createHash } from 'node:crypto';
import { AppConfig } from '@jixiao/config';
import { ImportError, ImportResult, importDocument, toImportReportJson } from '@jixiao/importers';
import { audited, auditSuccess, AuthUser } from '@jixiao/people';
import { DomainError, notFound } from '@jixiao/platform';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { importedProjectKey } from '../common/natural-key';
import { likePattern, Page } from '../common/page';
import { returningRows } from '../common/returning-rows';
import { TargetChangeHooks, TargetsChanged } from '../common/target-change-hooks';
import { ImportChanges } from './import-changes';
import { DocumentTarget, resolveDocumentTargets } from './import-departments';
import { importErrorToDomain } from './import-error.mapping';
import { ImportOptions } from './import-options';
import { decodePayload, encodePayload } from './import-payload';
import { DuplicateProjectError } from './duplicate-project.error';
import { assertUniqueProjects } from './import-plan';
import { TargetImportWriter } from './import-writer';
import { ImportBatchView } from './import-batch.view';

export { ImportBatchView };

export type ImportReport = ReturnType<typeof toImportReportJson>;


const BATCH_COLUMNS = `id, filename, sha256, status, report, changes, created_by AS "createdBy",
  created_at AS "createdAt", committed_at AS "committedAt"`;

/**
 * Imports of published target tables: preview (parse, check, keep the parsed documents on an
 * ImportBatch, write nothing else), commit (write everything in one transaction, report what
 * changed), and both in one go for the CLI.
 */
@Injectable()
export class TargetImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly writer: TargetImportWriter,
    private readonly config: AppConfig,
    private readonly hooks: TargetChangeHooks,
  ) {}

  /** Parse and check; the only row written is the previewed ImportBatch. */
  async preview(
    bytes: Buffer,
    filename: string,
    options: ImportOptions,
    actor: AuthUser | null,
  ): Promise<ImportBatchView> {
    const result = await this.parse(bytes, filename);
    const report = toImportReportJson(result);
    await this.check(this.dataSource.manager, result, options, actor, false);
    const [batch]: ImportBatchView[] = await this.dataSource.query(
      `INSERT INTO import_batch (filename, sha256, status, report, payload, created_by)
       VALUES ($1, $2, 'previewed', $3, $4, $5) RETURNING ${BATCH_COLUMNS}`,
      [
        filename,
        sha256(bytes),
        JSON.stringify(report),
        encodePayload({ result, options }),
        actor?.id ?? null,
      ],
    );
    return batch;
  }

  /** Writes a previewed batch in one transaction; a batch commits once (409 after). */
  async commit(batchId: string, actor: AuthUser | null): Promise<ImportBatchView> {
    const event = { action: 'IMPORT.COMMIT', objectType: 'IMPORT', objectId: batchId };
    return audited(this.dataSource, event, () =>
      this.dataSource.transaction(async (manager) => {
        const [row]: { status: string; createdBy: string | null; payload: string | null }[] =
          await manager.query(
            'SELECT status, created_by AS "createdBy", payload::text AS payload FROM import_batch WHERE id = $1 FOR UPDATE',
            [batchId],
          );
        if (!row || !visible(row.createdBy, actor)) throw notFound('IMPORT', batchId, '导入批次');
        if (row.status !== 'previewed' || row.payload === null) {
          throw new DomainError('conflict', 'IMPORT.ALREADY_COMMITTED', `导入批次已提交：${batchId}`, {
            id: batchId,
          });
        }
        const { result, options } = decodePayload(row.payload);
        const targets = await this.check(manager, result, options, actor, true);
        const changes = await this.writer.write(manager, targets);
        await this.hooks.changed(manager, targetsChanged(changes));
        const [batch] = returningRows<ImportBatchView>(
          await manager.query(
            `UPDATE import_batch SET status = 'committed', payload = NULL, changes = $2, committed_at = now()
            WHERE id = $1 RETURNING ${BATCH_COLUMNS}`,
            [batchId, JSON.stringify(changes)],
          ),
        );
        await auditSuccess(manager, { ...event, after: importCounts(batch.filename, changes) });
        return batch;
      }),
    );
  }

  /** Parse and commit in one go (the CLI): the batch is recorded as committed, for the audit. */
  async importFile(
    bytes: Buffer,
    filename: string,
    actor: AuthUser | null,
    options: ImportOptions = {},
  ): Promise<{ batchId: string; report: ImportReport; changes: ImportChanges }> {
    const event = { action: 'IMPORT.COMMIT', objectType: 'IMPORT' };
    return audited(this.dataSource, event, async () => {
      const result = await this.parse(bytes, filename);
      const report = toImportReportJson(result);
      return this.dataSource.transaction(async (manager) => {
        const targets = await this.check(manager, result, options, actor, true);
        const changes = await this.writer.write(manager, targets);
        await this.hooks.changed(manager, targetsChanged(changes));
        const [batch]: { id: string }[] = await manager.query(
          `INSERT INTO import_batch (filename, sha256, status, report, changes, created_by, committed_at)
         VALUES ($1, $2, 'committed', $3, $4, $5, now()) RETURNING id`,
          [filename, sha256(bytes), JSON.stringify(report), JSON.stringify(changes), actor?.id ?? null],
        );
        await auditSuccess(manager, {
          ...event,
          objectId: batch.id,
          after: importCounts(filename, changes),
        });
        return { batchId: batch.id, report, changes };
      });
    });
  }

  async get(batchId: string, actor: AuthUser): Promise<ImportBatchView> {
    const [batch]: ImportBatchView[] = await this.dataSource.query(
      `SELECT ${BATCH_COLUMNS} FROM import_batch WHERE id = $1`,
      [batchId],
    );
    if (!batch || !visible(batch.createdBy, actor)) throw notFound('IMPORT', batchId, '导入批次');
    return batch;
  }

  /** Newest first, without reports (they can be large): admins see every batch, managers their own. */
  async list(
    query: { page: number; pageSize: number; q?: string; status?: string },
    actor: AuthUser,
  ): Promise<Page<Omit<ImportBatchView, 'report' | 'changes'>>> {
    const where: string[] = [];
    const parameters: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      parameters.push(value);
      where.push(sql.replace('?', `$${parameters.length}`));
    };
    if (actor.role !== 'admin') add('created_by = ?', actor.id);
    if (query.status) add('status = ?', query.status);
    if (query.q) add(`filename ILIKE ?`, likePattern(query.q));
    const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    const [{ total }]: { total: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM import_batch ${clause}`,
      parameters,
    );
    const items = await this.dataSource.query(
      `SELECT id, filename, sha256, status, created_by AS "createdBy", created_at AS "createdAt", committed_at AS "committedAt"
         FROM import_batch ${clause} ORDER BY created_at DESC, id LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
      parameters,
    );
    return { items, total, page: query.page, pageSize: query.pageSize };
  }

  private async parse(bytes: Buffer, filename: string): Promise<ImportResult> {
    try {
      return await importDocument({ bytes, filename, maxBytes: this.config.IMPORT_MAX_BYTES });
    } catch (error) {
      if (error instanceof ImportError) throw importErrorToDomain(error);
      throw error;
    }
  }

  /** Department and year of every document (scope checked), and no project twice in one department and year. */
  private async check(
    manager: EntityManager,
    result: ImportResult,
    options: ImportOptions,
    actor: AuthUser | null,
    create: boolean,
  ): Promise<DocumentTarget[]> {
    const targets = await resolveDocumentTargets(manager, result.documents, options, actor, create);
    const groups = new Map<
      string,
      { naturalKey: string; name: string; code: string | null; line: number }[]
    >();
    for (const { document, departmentId, fiscalYear } of targets) {
      if (document.kind !== 'project-targets') continue;
      const key = `${departmentId ?? JSON.stringify(document.department)}:${fiscalYear}`;
      const list = groups.get(key) ?? [];
      for (const project of document.projects)
        list.push({ ...project, naturalKey: importedProjectKey(project) });
      groups.set(key, list);
    }
    try {
      for (const projects of groups.values()) assertUniqueProjects(projects);
    } catch (error) {
      if (!(error instanceof DuplicateProjectError)) throw error;
      throw new DomainError(
        'invalid',
        'IMPORT.DUPLICATE_PROJECT',
        error.message,
        { ...error.project, lines: error.lines },
        { cause: error },
      );
    }
    return targets;
  }
}

/** Created and updated projects, and every department and year the documents cover (their totals). */
function targetsChanged(changes: ImportChanges): TargetsChanged {
  const departments = new Map<string, { departmentId: string; fiscalYear: number }>();
  const projectIds: string[] = [];
  for (const doc of changes.documents) {
    departments.set(`${doc.departmentId}|${doc.fiscalYear}`, {
      departmentId: doc.departmentId,
      fiscalYear: doc.fiscalYear,
    });
    if (doc.kind === 'project-targets')
      projectIds.push(...doc.projects.filter((p) => p.status !== 'unchanged').map((p) => p.projectId));
  }
  return { projectIds, departments: [...departments.values()] };
}

/** One audit entry per commit: the counts, not the rows (the batch keeps those). */
function importCounts(filename: string, changes: ImportChanges): Record<string, unknown> {
  return { filename, documents: changes.documents.length, ...changes.summary };
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A batch is visible to an admin, to whoever uploaded it, and to the CLI. */
function visible(createdBy: string | null, actor: AuthUser | null): boolean {
  return actor === null || actor.role === 'admin' || createdBy === actor.id;
}
