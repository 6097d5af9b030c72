import { EntityManager } from 'typeorm';
import { bulkInsert } from '../common/bulk-sql';
import { StatedTotalRow } from './stated-totals-plan';

/** The stated totals of a department and year, the department's own first. */
export async function loadStatedTotals(
  manager: EntityManager,
  departmentId: string,
  fiscalYear: number,
): Promise<StatedTotalRow[]> {
  return manager.query(
    `SELECT unit_id AS "unitId", projects, budget, source, source_line AS "sourceLine"
       FROM stated_total WHERE department_id = $1 AND fiscal_year = $2
      ORDER BY unit_id NULLS FIRST`,
    [departmentId, fiscalYear],
  );
}

/** Replaces them as a whole (an import or a manager states them anew); inside the caller's transaction. */
export async function replaceStatedTotals(
  manager: EntityManager,
  departmentId: string,
  fiscalYear: number,
  rows: readonly StatedTotalRow[],
): Promise<void> {
  await manager.query('DELETE FROM stated_total WHERE department_id = $1 AND fiscal_year = $2', [
    departmentId,
    fiscalYear,
  ]);
  if (rows.length === 0) return;
  await bulkInsert(manager, 'stated_total', [
    { name: 'department_id', type: 'uuid', values: rows.map(() => departmentId) },
    { name: 'fiscal_year', type: 'int', values: rows.map(() => fiscalYear) },
    { name: 'unit_id', type: 'uuid', values: rows.map((r) => r.unitId) },
    { name: 'projects', type: 'int', values: rows.map((r) => r.projects) },
    { name: 'budget', type: 'numeric', values: rows.map((r) => r.budget) },
    { name: 'source', type: 'text', values: rows.map((r) => r.source) },
    { name: 'source_line', type: 'int', values: rows.map((r) => r.sourceLine) },
  ]);
}
