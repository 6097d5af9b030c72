import { Decimal } from '@jixiao/decimal';
import { Direction, Operator, IndicatorValue } from '@jixiao/indicator-value';
import type { UploadLimits } from './source/upload-limits';

/**
 * What an importer reads out of one published document, before anything touches a database.
 * Every importer (the four text layouts of the seeds, the spreadsheet template) produces this shape.
 */
export interface ImportResult {
  documents: ImportedDocument[];
}

export type ImportedDocument = ProjectTargetsDocument | DepartmentTargetsDocument;

export type DocumentLayout = 'leshan' | 'dachuan' | 'jilin' | 'lanshan' | 'template';

/** 项目支出绩效目标表: the projects of a department and their indicators. */
export interface ProjectTargetsDocument {
  kind: 'project-targets';
  layout: DocumentLayout;
  year: number | null;
  department: { code: string | null; name: string | null };
  projects: ImportedProject[];
  /** What the document itself states in prose or a total row, where it does. */
  stated: { projects: number | null; budget: Decimal | null; units?: StatedUnitTotal[]; line?: number | null };
  totals: { projects: number; indicators: number; budget: Decimal };
  warnings: ImportWarning[];
}

/** A unit's total (单位合计) as a document prints it. */
export interface StatedUnitTotal {
  unitCode: string | null;
  unitName: string;
  budget: Decimal;
  line: number;
  /**
   * `project-table`: the unit's total row inside the project table (a subtotal of its projects);
   * `income-table`: the unit's row of the 部门收入总表, its whole budget (see reconcilableUnitTotals).
   */
  source: 'project-table' | 'income-table';
}

export interface ImportedProject {
  unitCode: string | null;
  unitName: string | null;
  /** 项目代码, e.g. 51110024T000011029495; null where the table prints none. */
  code: string | null;
  name: string;
  /** 人员类 / 运转类 / 特定目标类 where known (from the code letter or the table). */
  category: ProjectCategory | null;
  budget: Decimal | null;
  /** 财政拨款 / 其他资金 where printed. */
  fiscalBudget: Decimal | null;
  otherBudget: Decimal | null;
  goal: string | null;
  /** 主管部门 / 实施单位 (Lanshan forms print them). */
  competentDepartment: string | null;
  implementingUnit: string | null;
  indicators: ImportedIndicator[];
  /** First line of the project in the source (1-based). */
  line: number;
}

export type ProjectCategory = '人员类' | '运转类' | '特定目标类';

export interface ImportedIndicator {
  /** 一级指标: the catalogue name once the document checks have run (the printed name where it is not in the catalogue). */
  level1: string;
  /** 二级指标, likewise. */
  level2: string;
  /** 一级指标 / 二级指标 verbatim as printed (`可持续发展指标`, `效果指标`): the checks map level1/level2, never these. */
  level1Printed: string;
  level2Printed: string;
  level3: string;
  /** 指标解释 (Jilin) where printed. */
  explanation: string | null;
  operator: Operator | null;
  /** The parsed target. */
  target: IndicatorValue;
  /** 度量单位 as printed or as folded into the value. */
  unit: string | null;
  /** 权重; null where the table has none (Lanshan) or the cell was lost. */
  weight: Decimal | null;
  direction: Direction;
  /** The printed cells joined, verbatim, for audit: `≤ | 5 | 次`. */
  text: string;
  line: number;
}

/** 部门整体支出绩效目标表: department-wide budget, goal, tasks and indicators. */
export interface DepartmentTargetsDocument {
  kind: 'department-targets';
  layout: DocumentLayout;
  year: number | null;
  department: { code: string | null; name: string | null };
  budget: { total: Decimal | null; fiscal: Decimal | null; other: Decimal | null };
  goal: string | null;
  tasks: { name: string; content: string; budget: Decimal | null; line: number }[];
  indicators: ImportedIndicator[];
  /** What the form states: its 资金总额 (年度部门整体支出预算) and the line of that figure. */
  stated: { budget: Decimal | null; line: number | null };
  /** Counted by the checks; `budget` sums the tasks' budgets, null where no task prints one. */
  totals: { tasks: number; indicators: number; budget: Decimal | null };
  warnings: ImportWarning[];
}

export interface ImportWarning {
  code: ImportWarningCode;
  message: string;
  /** 1-based line in the source where the problem is. */
  line: number | null;
}

export type ImportWarningCode =
  | 'STATED_TOTAL_MISMATCH' // stated total ≠ item sum (both figures in the message)
  | 'STATED_COUNT_MISMATCH'
  | 'STATED_UNIT_TOTAL_MISMATCH' // a unit's stated total ≠ its projects' sum (both figures)
  | 'WEIGHT_SUM' // weights of a project (or of the 部门整体 indicators) do not sum to 90 or 100
  | 'VALUE_MISSING'
  | 'WEIGHT_MISSING'
  | 'OPERATOR_IMPLIED'
  | 'LEVEL_NOT_IN_CATALOGUE'
  | 'REVERSE_RATE_WITH_GE'
  | 'OPERATOR_CONFLICT'
  | 'UNIT_CONFLICT'
  | 'CELL_SHIFTED'
  | 'DUPLICATE_PROJECT'
  | 'SPREADSHEET_FORMULA'
  | 'SPREADSHEET_MERGED_CELLS'
  | 'INVISIBLE_CHARACTERS_REMOVED'; // bidi controls or zero-width characters removed (lines named)

/** A fatal problem: the import is refused as a whole, naming the line and the field. */
export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    message: string,
    readonly line: number | null = null,
    readonly field: string | null = null,
    /** For FILE_TOO_LARGE and LIMIT_EXCEEDED: the limit passed, so the message can state it. */
    readonly limit: ExceededLimit | null = null,
  ) {
    super(message);
    this.name = 'ImportError';
  }
}

/** An upload limit a file went over (see UploadLimits) and its configured value. */
export interface ExceededLimit {
  name: keyof UploadLimits;
  value: number;
}

export type ImportErrorCode =
  | 'EMPTY_FILE'
  | 'BINARY_FILE'
  | 'FILE_TOO_LARGE'
  | 'UNKNOWN_LAYOUT'
  | 'COLUMNS_MISSING'
  | 'NOT_A_NUMBER'
  | 'BAD_VALUE'
  | 'BAD_SPREADSHEET'
  | 'UNSAFE_TEXT' // a NUL or a lone surrogate (line, or sheet and cell, named)
  | 'LIMIT_EXCEEDED';
