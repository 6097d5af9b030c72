import { ImportedDocument } from '@jixiao/importers';
import { AuthUser, canSeeDepartment } from '@jixiao/people';
import { DomainError } from '@jixiao/platform';
import { EntityManager } from 'typeorm';
import { codeOrNameKey } from '../common/natural-key';
import { ImportOptions } from './import-options';

/** A document with the department and fiscal year it will be written to. */
export interface DocumentTarget {
  document: ImportedDocument;
  /** null at preview when the department does not exist yet and would be created on commit. */
  departmentId: string | null;
  fiscalYear: number;
}

const departmentNotFound = (what: string) =>
  new DomainError('not-found', 'DEPARTMENT.NOT_FOUND', `部门不存在：${what}`, { department: what });

/**
 * Which department and year each document goes to. The uploader's `departmentId` wins; otherwise the
 * department printed in the document, matched by code (or name where no code is printed). Only an
 * admin or the CLI (no actor) may create a department by importing; a manager imports into its own.
 * With `create` false (preview) nothing is written.
 */
export async function resolveDocumentTargets(
  manager: EntityManager,
  documents: ImportedDocument[],
  options: ImportOptions,
  actor: AuthUser | null,
  create: boolean,
): Promise<DocumentTarget[]> {
  const targets: DocumentTarget[] = [];
  for (const document of documents) {
    const fiscalYear = document.year ?? options.year ?? null;
    if (fiscalYear === null) {
      throw new DomainError('invalid', 'IMPORT.YEAR_MISSING', '文件未注明年度，请指定 year', {
        field: 'year',
      });
    }
    targets.push({
      document,
      fiscalYear,
      departmentId: await resolveDepartment(manager, document, options, actor, create),
    });
  }
  return targets;
}

async function resolveDepartment(
  manager: EntityManager,
  document: ImportedDocument,
  options: ImportOptions,
  actor: AuthUser | null,
  create: boolean,
): Promise<string | null> {
  if (options.departmentId) {
    const rows: { id: string }[] = await manager.query('SELECT id FROM department WHERE id = $1', [
      options.departmentId,
    ]);
    if (rows.length === 0 || (actor && !canSeeDepartment(actor, rows[0].id)))
      throw departmentNotFound(options.departmentId);
    return rows[0].id;
  }
  const { code, name } = document.department;
  const key = codeOrNameKey(code, name);
  if (key === '') {
    throw new DomainError('invalid', 'IMPORT.DEPARTMENT_MISSING', '文件未注明部门，请指定 departmentId', {
      field: 'departmentId',
    });
  }
  const found: { id: string }[] = await manager.query('SELECT id FROM department WHERE natural_key = $1', [
    key,
  ]);
  if (found.length > 0) {
    if (actor && !canSeeDepartment(actor, found[0].id)) throw departmentNotFound(key);
    return found[0].id;
  }
  if (actor && actor.role !== 'admin') throw departmentNotFound(key);
  if (!create) return null;
  const inserted: { id: string }[] = await manager.query(
    `INSERT INTO department (code, name, natural_key) VALUES ($1, $2, $3)
     ON CONFLICT (natural_key) DO UPDATE SET natural_key = EXCLUDED.natural_key RETURNING id`,
    [code?.trim() || null, name?.trim() || key, key],
  );
  return inserted[0].id;
}
