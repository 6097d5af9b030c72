import { EntityManager } from 'typeorm';
import { BulkColumn, bulkInsert } from '../common/bulk-sql';
import { copyRows } from '../common/copy-rows';
import { IndicatorRow } from './indicator-row';

/**
 * Indicator tables in printed order (position 0, 1, …), for projects or department targets. Inside a
 * transaction (every caller's case) one COPY loads them all; otherwise a set-based INSERT … unnest.
 */
export async function insertIndicators(
  manager: EntityManager,
  table: 'indicator' | 'department_indicator',
  ownerColumn: string,
  tables: { ownerId: string; rows: IndicatorRow[] }[],
  firstPosition = 0,
): Promise<void> {
  const owners: string[] = [];
  const positions: number[] = [];
  const rows: IndicatorRow[] = [];
  for (const { ownerId, rows: tableRows } of tables) {
    tableRows.forEach((row, position) => {
      owners.push(ownerId);
      positions.push(firstPosition + position);
      rows.push(row);
    });
  }
  if (rows.length === 0) return;
  const column = (name: string, type: string, pick: (r: IndicatorRow) => unknown): BulkColumn => ({
    name,
    type,
    values: rows.map(pick),
  });
  const columns: BulkColumn[] = [
    { name: ownerColumn, type: 'uuid', values: owners },
    { name: 'position', type: 'int', values: positions },
    column('level1', 'text', (r) => r.level1),
    column('level2', 'text', (r) => r.level2),
    column('level1_printed', 'text', (r) => r.level1Printed),
    column('level2_printed', 'text', (r) => r.level2Printed),
    column('level3', 'text', (r) => r.level3),
    column('explanation', 'text', (r) => r.explanation),
    column('operator', 'text', (r) => r.operator),
    column('target_kind', 'text', (r) => r.targetKind),
    column('target_amount', 'numeric', (r) => r.targetAmount),
    column('target_text', 'text', (r) => r.targetText),
    column('target', 'jsonb', (r) => r.target),
    column('unit', 'text', (r) => r.unit),
    column('weight', 'numeric', (r) => r.weight),
    column('direction', 'text', (r) => r.direction),
    column('printed_text', 'text', (r) => r.printedText),
    column('source_line', 'int', (r) => r.sourceLine),
  ];
  if (!(await copyRows(manager, table, columns))) await bulkInsert(manager, table, columns);
}
