import { ProjectTargetsDocument, reconcilableUnitTotals } from '@jixiao/importers';
import { codeOrNameKey } from '../common/natural-key';
import type { StatedTotalSource } from '../entities';
import { sameDecimal } from '../imports/indicator-row';

/** A stated total as read from a document, its unit still by natural key (null: the department's own). */
export interface DocumentStatedTotal {
  unitKey: string | null;
  unitCode: string | null;
  unitName: string | null;
  projects: number | null;
  budget: string;
  sourceLine: number | null;
}

/** A stated total as stored: decimals as strings, the unit by id. */
export interface StatedTotalRow {
  unitId: string | null;
  projects: number | null;
  budget: string;
  source: StatedTotalSource;
  sourceLine: number | null;
}

/** What a commit did to the stated totals: `not-stated` when its documents state none (the stored ones stay). */
export type StatedTotalsStatus = 'not-stated' | 'created' | 'updated' | 'unchanged';

/**
 * The totals the project documents of one department and year state: the department's (the first document
 * that states one: the prose, or the table's department row) and every unit total the projects can be checked
 * against (reconcilableUnitTotals; the first document stating a unit wins). Empty when they state nothing.
 */
export function documentStatedTotals(
  stated: readonly ProjectTargetsDocument['stated'][],
): DocumentStatedTotal[] {
  const rows: DocumentStatedTotal[] = [];
  const department = stated.find((s) => s.budget !== null);
  if (department?.budget) {
    rows.push({
      unitKey: null,
      unitCode: null,
      unitName: null,
      projects: department.projects,
      budget: department.budget.toFixed(2),
      sourceLine: department.line ?? null,
    });
  }
  const seen = new Set<string>();
  for (const unit of stated.flatMap((s) => reconcilableUnitTotals(s))) {
    const key = codeOrNameKey(unit.unitCode, unit.unitName);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    rows.push({
      unitKey: key,
      unitCode: unit.unitCode,
      unitName: unit.unitName,
      projects: null,
      budget: unit.budget.toFixed(2),
      sourceLine: unit.line,
    });
  }
  return rows;
}

/** Created, updated or unchanged: stored and incoming compared as sets, decimals by value. */
export function statedTotalsStatus(
  stored: readonly StatedTotalRow[],
  incoming: readonly StatedTotalRow[],
): StatedTotalsStatus {
  if (stored.length === 0) return incoming.length === 0 ? 'unchanged' : 'created';
  if (stored.length !== incoming.length) return 'updated';
  const byUnit = new Map(stored.map((row) => [row.unitId, row]));
  const same = incoming.every((row) => {
    const before = byUnit.get(row.unitId);
    return (
      before !== undefined &&
      before.projects === row.projects &&
      sameDecimal(before.budget, row.budget) &&
      before.source === row.source &&
      before.sourceLine === row.sourceLine
    );
  });
  return same ? 'unchanged' : 'updated';
}
