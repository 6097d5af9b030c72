import { unwrapCell } from './table-cells';

/** Header cells unwrapped (`一级 指标` → `一级指标`) with the unit note dropped (`年度资金总额（万元）`). */
export function headerCells(cells: string[]): string[] {
  return cells.map((cell) => unwrapCell(cell).replace(/[（(][^（()）]*[)）]$/, ''));
}

/** The expected columns that no header cell starts with, in order. */
export function missingColumns(cells: string[], expected: readonly string[]): string[] {
  const header = headerCells(cells);
  return expected.filter((name) => !header.some((cell) => cell.startsWith(name)));
}
