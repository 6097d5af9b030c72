/**
 * Where `writeScorecardSheet` puts what an evaluator types (1-based rows and columns of the form), shared by
 * the evaluator workbook's writer and reader. Everything else on a project sheet is locked.
 */
export const FORM = {
  /** 年度资金总额, 其中:财政拨款, 其他资金: 全年预算数 in column C (locked), 全年执行数 in E (input). */
  moneyRows: { total: 5, fiscal: 6, other: 7 },
  budgetColumn: 3,
  executedColumn: 5,
  /** 年度总体目标 实际完成情况 */
  goalRow: 9,
  goalActualColumn: 5,
  /** 预算执行率(10分): its 扣分原因分析 */
  executionRow: 12,
  /** The indicator rows, from here on. */
  firstIndicatorRow: 13,
  targetColumn: 4,
  actualColumn: 5,
  weightColumn: 6,
  reasonColumn: 8,
} as const;

/** The very hidden sheet with each project sheet's evaluation id, version and locked cells as exported. */
export const IDS_SHEET = '_jixiao_ids';

export type MoneyKey = keyof typeof FORM.moneyRows;

/** What an evaluator enters for one project, as read from its sheet (null: the cell is empty). */
export interface WorkbookEntry {
  sheet: string;
  evaluationId: string;
  version: number;
  /** 全年执行数 by fund source, 万元, as decimal strings. */
  executed: Record<MoneyKey, string | null>;
  goalActual: string | null;
  executionDeductionReason: string | null;
  rows: { position: number; actual: string | null; deductionReason: string | null }[];
}

/** A cell the workbook cannot take, named by sheet, row and cell; the message is Chinese. */
export interface WorkbookCellError {
  sheet: string;
  row: number | null;
  cell: string | null;
  message: string;
}

/** The cells a project sheet locks, as exported: 全年预算数 and, per indicator row, 年度指标值 and 分值. */
export interface LockedCells {
  budgets: Record<MoneyKey, string>;
  rows: { target: string; weight: string }[];
}
