import { readOperator } from '@jixiao/indicator-value';

/**
 * One line of the 12-column table, its cells put back in their columns:
 * 单位名称 | 项目名称 | 预算数 | 年度目标 | 一级 | 二级 | 三级 | 指标性质 | 指标值 | 度量单位 | 权重 | 指标方向性.
 */
export interface TwelveColumnRow {
  unit: string;
  project: string;
  budget: string;
  goal: string;
  level1: string;
  level2: string;
  level3: string;
  operator: string;
  value: string;
  measure: string;
  weight: string;
  direction: string;
}

const OPERATOR_COLUMN = 7;
/** Where the operator cell is looked for, in order: in its column, one to the left, one to the right. */
const OPERATOR_SHIFTS = [0, -1, 1] as const;

/**
 * The extraction sometimes drops a leading empty cell (Leshan lines 771–774 have 11 cells, everything one
 * column to the left), so the row is aligned on its operator cell when it has one, and otherwise on its
 * cell count (11 cells: one dropped on the left). Cells are trimmed, not yet unwrapped.
 */
export function alignTwelveColumnRow(cells: string[]): TwelveColumnRow {
  const shift = operatorShift(cells) ?? (cells.length === 11 ? -1 : 0);
  const at = (column: number): string => (cells[column + shift] ?? '').trim();
  return {
    unit: at(0),
    project: at(1),
    budget: at(2),
    goal: at(3),
    level1: at(4),
    level2: at(5),
    level3: at(6),
    operator: at(7),
    value: at(8),
    measure: at(9),
    weight: at(10),
    direction: at(11),
  };
}

/** How far the operator cell sits from its column (-1, 0 or +1), or null when the row prints none there. */
function operatorShift(cells: string[]): number | null {
  for (const shift of OPERATOR_SHIFTS) {
    const cell = cells[OPERATOR_COLUMN + shift];
    if (cell !== undefined && cell !== '' && readOperator(cell) !== null) return shift;
  }
  return null;
}

/** A row that prints part of an indicator (its operator, value or weight) rather than only wrapped text. */
export function hasIndicatorCells(row: TwelveColumnRow): boolean {
  return row.operator !== '' || row.value !== '' || row.weight !== '' || row.measure !== '';
}
