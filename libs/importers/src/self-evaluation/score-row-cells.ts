import { Decimal } from '@jixiao/decimal';

/**
 * The filled cells of a scored row, read from the right because empty cells shift the columns:
 * `… | 年度指标值 | 实际完成值 | 分值 | 得分 [| 扣分原因分析]`. Whatever stands before 年度指标值 are the
 * level names (一级, 二级, 三级 — the first ones are left empty on a group's following rows).
 */
export interface ScoreRowCells {
  levels: string[];
  target: string;
  actual: string;
  weight: Decimal;
  score: Decimal;
  deductionReason: string | null;
}

/** null when the cells hold no 分值 and 得分 pair (a level-only row such as `经济效益指标`, or a continuation). */
export function readScoreRowCells(cells: string[]): ScoreRowCells | null {
  const n = cells.length;
  const lastIsNumber = isPlainNumber(cells[n - 1]);
  const weightAt = lastIsNumber ? n - 2 : n - 3;
  if (weightAt < 2 || !isPlainNumber(cells[weightAt]) || !isPlainNumber(cells[weightAt + 1])) return null;
  return {
    levels: cells.slice(0, weightAt - 2),
    target: cells[weightAt - 2],
    actual: cells[weightAt - 1],
    weight: Decimal.parse(cells[weightAt]),
    score: Decimal.parse(cells[weightAt + 1]),
    deductionReason: lastIsNumber ? null : cells[n - 1],
  };
}

/** Whether a cell holds a number and nothing else (`20`, `5.7`, `0`), unlike `1人` or `57%`. */
export function isPlainNumber(cell: string | undefined): cell is string {
  return cell !== undefined && /^\d+(?:\.\d+)?$/.test(cell);
}
