import type { Decimal } from '@jixiao/decimal';

/**
 * One project's 部门预算项目支出绩效自评表 as printed (Jinkouhe 决算 第四部分). Texts stay verbatim
 * (wrapping spaces removed); printed scores and totals are kept as printed, never recomputed here.
 */
export interface PrintedSelfEvaluation {
  /** 项目名称 */
  name: string;
  /** 年度 */
  year: number | null;
  /** 主管部门 */
  department: string | null;
  /** 实施单位 */
  unit: string | null;
  /** 项目资金 (万元): 年度资金总额, 其中:财政拨款, 其他资金. */
  money: { total: PrintedMoneyRow | null; fiscal: PrintedMoneyRow | null; other: PrintedMoneyRow | null };
  /** 年度资金总额 全年预算数 / 全年执行数 (万元), the figures the execution rate is computed from. */
  budget: Decimal | null;
  executed: Decimal | null;
  /** 年度总体目标: 预期目标 and 实际完成情况. */
  goal: { expected: string | null; actual: string | null };
  /** The `得分` row: 分值 (100) and the printed total (null while the 得分 cell is blank, as handed in). */
  printedTotal: { weight: Decimal; score: Decimal | null; line: number } | null;
  /** The `预算执行率(10分)` row as printed (its 实际完成值 is the rounded rate, e.g. `57%`). */
  executionRateRow: PrintedScoreRow | null;
  /** The indicator rows, without the empty level-2 rows (经济效益指标, 生态效益指标) that carry no indicator. */
  indicators: PrintedScoreRow[];
  /** true when the print stops after the money block (no scored rows). */
  cutOff: boolean;
  /** 1-based line of 项目名称 (in a spreadsheet: the row of its sheet). */
  line: number;
  /** The worksheet it was read from; absent for text. */
  sheet?: string;
}

export interface PrintedMoneyRow {
  budget: Decimal | null;
  executed: Decimal | null;
  /** 预算执行率 as the spreadsheet printed it: `0.566666667`, `1.108`, `#DIV/0!` (an empty row), or null. */
  rate: string | null;
  line: number;
}

/** 一级 | 二级 | 三级 | 年度指标值 | 实际完成值 | 分值/权重 | 得分 | 扣分原因分析 */
export interface PrintedScoreRow {
  level1: string;
  level2: string;
  level3: string;
  /** 年度指标值, verbatim: `≥99%`, `据实`, `2023年12月31日前`. */
  target: string;
  /** 实际完成值, verbatim. */
  actual: string;
  weight: Decimal;
  /** 得分 as printed; null when the cell is blank (a table handed in before anyone scored it). */
  score: Decimal | null;
  /** 扣分原因分析; null when the cell is empty. */
  deductionReason: string | null;
  line: number;
}

export interface SelfEvaluationDocument {
  /** From the heading `部门预算项目支出绩效自评表（2023年度）`, else the projects' 年度. */
  year: number | null;
  /** 主管部门 of the projects. */
  department: string | null;
  projects: PrintedSelfEvaluation[];
  warnings: SelfEvaluationWarning[];
}

export interface SelfEvaluationWarning {
  code: SelfEvaluationWarningCode;
  message: string;
  /** 1-based line in the source (in a spreadsheet: the row). */
  line: number | null;
  /** The worksheet, for a spreadsheet. */
  sheet?: string;
}

export type SelfEvaluationWarningCode =
  | 'NO_SELF_EVALUATION' // no 部门预算项目支出绩效自评表 in the document
  | 'INVISIBLE_CHARACTERS_REMOVED' // bidi controls or zero-width characters removed (lines named)
  | 'NO_INDICATORS' // self-evaluation tables, but not one with a readable indicator row
  | 'TABLE_PRINTED_TWICE' // the same project's table appears again: read as one project
  | 'TABLE_CUT_OFF' // the table stops after its money block: budget and execution only
  | 'CELL_WRAPPED' // a line that only continues the previous row's 三级指标
  | 'CELL_SHIFTED' // a row whose cells do not line up with the columns: left out
  | 'NOT_A_NUMBER'; // a money, weight or score cell that is not a number: left empty
