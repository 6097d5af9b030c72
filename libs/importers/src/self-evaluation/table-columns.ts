/**
 * Where a self-evaluation table keeps its columns, read from its own header row
 * (一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值/权重 | 得分 | 扣分原因分析). Seed 001 prints
 * the header with 8 cells and with 9 (an empty column between 二级指标 and 三级指标), so positions are
 * looked up, never assumed.
 */
export interface TableColumns {
  level1: number | null;
  level2: number | null;
  level3: number;
  /** 年度指标值 */
  target: number;
  /** 实际完成值 */
  actual: number;
  /** 分值/权重(百分制) */
  weight: number;
  /** 得分; null when the table has no such column. */
  score: number | null;
  /** 扣分原因分析 */
  reason: number | null;
}

/** The columns of a header row (cells in column order, empty cells kept); null when it lacks a needed one. */
export function tableColumns(cells: readonly string[]): TableColumns | null {
  const find = (match: (cell: string) => boolean) => {
    const at = cells.findIndex((cell) => match(cell.replace(/\s/g, '')));
    return at < 0 ? null : at;
  };
  const level3 = find((c) => c === '三级指标');
  const target = find((c) => c === '年度指标值');
  const actual = find((c) => c.startsWith('实际完成值'));
  const weight = find((c) => c.startsWith('分值'));
  if (level3 === null || target === null || actual === null || weight === null) return null;
  return {
    level1: find((c) => c === '一级指标'),
    level2: find((c) => c === '二级指标'),
    level3,
    target,
    actual,
    weight,
    score: find((c) => c === '得分'),
    reason: find((c) => c.startsWith('扣分原因')),
  };
}
