import { Decimal } from '@jixiao/decimal';
import { stripInvisibleLines } from '../source/invisible-text';
import { joinWrapped, unwrapCell } from '../text/table-cells';
import { mergePrintedTwice } from './printed-twice';
import type {
  PrintedMoneyRow,
  PrintedScoreRow,
  PrintedSelfEvaluation,
  SelfEvaluationDocument,
  SelfEvaluationWarning,
} from './printed-self-evaluation';
import { isPlainNumber, readScoreRowCells } from './score-row-cells';
import { TableColumns, tableColumns } from './table-columns';

/** `部门预算项目支出绩效自评表` (决算) or the form's own title `项目支出绩效自评表`. */
const HEADING = '项目支出绩效自评表';
const HEADING_NAME = '部门预算项目支出绩效自评表';
/** The next part of a 决算 document ends the self-evaluation tables. */
const NEXT_PART = /^第[一二三四五六七八九十]+部分/;

/** One row of a table: its cells in column order (empty cells kept), its 1-based line (or sheet row). */
export interface SourceRow {
  cells: string[];
  line: number;
  /** The worksheet, for a spreadsheet. */
  sheet?: string;
}

/**
 * Reads 第四部分 部门预算项目支出绩效自评表 of a 决算 document (Jinkouhe layout): per project the header,
 * the money block, 年度总体目标 and the scored rows. Tolerates wrapped cells, shifting empty cells,
 * `#DIV/0!`, empty level-2 rows, a table printed twice (one project, TABLE_PRINTED_TWICE) and a table cut
 * off after its money block (budget and execution only, TABLE_CUT_OFF). Never throws on content.
 */
export function parseSelfEvaluationDocument(text: string): SelfEvaluationDocument {
  const { lines, warning: invisible } = stripInvisibleLines(text.replace(/^\uFEFF/, '').split(/\r\n?|\n/));
  const start = lines.findIndex((line) => line.includes(HEADING));
  if (start < 0) return noSelfEvaluation();
  const rows: SourceRow[] = [];
  for (let i = start + 1; i < lines.length; i++) {
    if (NEXT_PART.test(lines[i].trim())) break;
    rows.push({ cells: lines[i].split('\t').map(unwrapCell), line: i + 1 });
  }
  const document = readSelfEvaluationRows(rows, headingYear(lines[start]));
  if (invisible) document.warnings.unshift(invisible);
  return document;
}

/** The heading's `（2023年度）`, if this text is a 自评表 heading. */
export function headingYear(text: string): number | null {
  if (!text.includes(HEADING)) return null;
  const year = /(\d{4})\s*年度/.exec(text);
  return year ? Number(year[1]) : null;
}

/** A document without any 自评表 (the wrong file). */
export function noSelfEvaluation(): SelfEvaluationDocument {
  return {
    year: null,
    department: null,
    projects: [],
    warnings: [{ code: 'NO_SELF_EVALUATION', message: `no ${HEADING_NAME} in the document`, line: null }],
  };
}

/**
 * The tables' rows (from text lines or from worksheets) → the projects. A 项目名称 row starts a project;
 * each table's header row fixes where its columns are. No project, or no project with an indicator row,
 * is NO_INDICATORS naming the lines, so that a caller can refuse the document rather than score nothing.
 */
export function readSelfEvaluationRows(
  rows: readonly SourceRow[],
  year: number | null,
): SelfEvaluationDocument {
  const warnings: SelfEvaluationWarning[] = [];
  const reader = new ProjectReader(warnings);
  for (const row of rows) {
    if (row.cells.some((cell) => cell !== '')) reader.read(row);
  }
  const printed = reader.finish();
  for (const project of printed) {
    if (project.cutOff) {
      warnings.push({
        code: 'TABLE_CUT_OFF',
        message: `the table of "${project.name}" stops after its money block: read as budget and execution only`,
        line: project.line,
        ...(project.sheet !== undefined && { sheet: project.sheet }),
      });
    }
  }
  const projects = mergePrintedTwice(printed, warnings);
  // In the order of the document: sheet by sheet (as the workbook orders them), line by line.
  const sheetOrder = new Map<string | undefined, number>();
  for (const row of rows) if (!sheetOrder.has(row.sheet)) sheetOrder.set(row.sheet, sheetOrder.size);
  const place = (w: SelfEvaluationWarning) => [sheetOrder.get(w.sheet) ?? 0, w.line ?? 0];
  warnings.sort((a, b) => place(a)[0] - place(b)[0] || place(a)[1] - place(b)[1]);
  // The verdict on the whole document comes after the row-by-row warnings that explain it.
  if (!projects.some((p) => p.indicators.length > 0)) warnings.push(noIndicators(projects, rows));
  return {
    year: year ?? projects[0]?.year ?? null,
    department: projects.find((p) => p.department !== null)?.department ?? null,
    projects,
    warnings,
  };
}

function noIndicators(projects: PrintedSelfEvaluation[], rows: readonly SourceRow[]): SelfEvaluationWarning {
  const where = (p: { line: number; sheet?: string }) =>
    p.sheet ? `sheet "${p.sheet}" row ${p.line}` : `line ${p.line}`;
  if (projects.length === 0) {
    const first = rows[0];
    const span = first ? `${where(first)} to ${where(rows[rows.length - 1])}` : 'the heading';
    return {
      code: 'NO_INDICATORS',
      message: `no table with 项目名称 after the heading (${span}): nothing can be scored`,
      line: first?.line ?? null,
      ...(first?.sheet !== undefined && { sheet: first.sheet }),
    };
  }
  return {
    code: 'NO_INDICATORS',
    message: `no table has an indicator row that can be read (header 一级指标 | … | 分值/权重 | 得分 and rows with a 分值): ${projects
      .map((p) => `"${p.name}" at ${where(p)}`)
      .join(', ')}`,
    line: projects[0].line,
    ...(projects[0].sheet !== undefined && { sheet: projects[0].sheet }),
  };
}

type Section = 'header' | 'goal' | 'rows';

/** Reads the lines of the tables one after another; a 项目名称 line starts the next project. */
class ProjectReader {
  private readonly projects: PrintedSelfEvaluation[] = [];
  private current: PrintedSelfEvaluation | null = null;
  private section: Section = 'header';
  private level1 = '';
  private level2 = '';
  /** The current table's columns, from its header row; null when the header lacks one (read from the right). */
  private columns: TableColumns | null = null;
  private sheet: string | undefined;

  constructor(private readonly warnings: SelfEvaluationWarning[]) {}

  read(row: SourceRow): void {
    const { line } = row;
    // A worksheet holds its own tables: a project never runs on into the next sheet.
    if (row.sheet !== this.sheet) this.closeProject();
    this.sheet = row.sheet;
    // The filled cells, for the parts of the form whose empty cells carry no meaning.
    const cells = row.cells.filter((cell) => cell !== '');
    const label = labelOf(cells[0]);
    if (label.includes(HEADING)) return; // a sheet's (or page's) title row
    if (label === '项目名称') return this.startProject(cells, line);
    const project = this.current;
    if (project === null) return;
    if (label === '主管部门') {
      project.department = valueAfter(cells, '主管部门');
      project.unit = valueAfter(cells, '实施单位');
    } else if (label.startsWith('项目资金') || label === '全年预算数') {
      // headings of the money block
    } else if (label === '年度资金总额' || label.startsWith('其中') || label === '其他资金') {
      this.readMoney(project, label, cells, line);
    } else if (label === '年度总体目标' || label === '预期目标') {
      this.section = 'goal';
    } else if (label === '一级指标') {
      this.section = 'rows';
      this.columns = tableColumns(row.cells);
    } else if (this.section === 'goal') {
      project.goal = {
        expected: cells.length > 1 ? cells.slice(0, -1).join(' ') : cells[0],
        actual: cells.length > 1 ? cells[cells.length - 1] : null,
      };
      this.section = 'header';
    } else if (this.section === 'rows') {
      this.readRow(project, label, row.cells, cells, line);
    }
  }

  finish(): PrintedSelfEvaluation[] {
    this.closeProject();
    return this.projects;
  }

  private startProject(cells: string[], line: number): void {
    this.closeProject();
    const yearText = valueAfter(cells, '年度');
    const year = yearText === null ? null : /(\d{4})/.exec(yearText);
    this.current = {
      name: valueAfter(cells, '项目名称') ?? '',
      year: year ? Number(year[1]) : null,
      department: null,
      unit: null,
      money: { total: null, fiscal: null, other: null },
      budget: null,
      executed: null,
      goal: { expected: null, actual: null },
      printedTotal: null,
      executionRateRow: null,
      indicators: [],
      cutOff: false,
      line,
      ...(this.sheet !== undefined && { sheet: this.sheet }),
    };
    this.section = 'header';
    this.columns = null;
    this.level1 = '';
    this.level2 = '';
  }

  private closeProject(): void {
    const project = this.current;
    if (project === null) return;
    project.cutOff =
      project.printedTotal === null && project.executionRateRow === null && project.indicators.length === 0;
    this.projects.push(project);
    this.current = null;
  }

  private readMoney(project: PrintedSelfEvaluation, label: string, cells: string[], line: number): void {
    const values = cells.slice(1);
    // Three cells: 预算数, 执行数, 执行率; one cell: only the rate (`#DIV/0!` of an empty row); two: no rate.
    const [budget, executed, rate] =
      values.length === 1
        ? [null, null, values[0]]
        : [values[0] ?? null, values[1] ?? null, values[2] ?? null];
    const row: PrintedMoneyRow = {
      budget: this.amount(budget, line),
      executed: this.amount(executed, line),
      rate,
      line,
    };
    if (label === '年度资金总额') {
      project.money.total = row;
      project.budget = row.budget;
      project.executed = row.executed;
    } else if (label === '其他资金') {
      project.money.other = row;
    } else {
      project.money.fiscal = row;
    }
  }

  private readRow(
    project: PrintedSelfEvaluation,
    label: string,
    all: string[],
    cells: string[],
    line: number,
  ): void {
    if (label === '得分') return this.readTotal(project, all, cells, line);
    const read = this.readByHeader(all, line) ?? this.readFromTheRight(cells, line);
    if (read === null) return this.readLevelsOnly(project, cells, line);
    if (label.startsWith('预算执行率')) {
      project.executionRateRow = { level1: cells[0], level2: '', level3: '', ...scoredCells(read), line };
      return;
    }
    const { level1, level2, level3 } = read;
    if (level3 === '') {
      this.warn('CELL_SHIFTED', `a scored row without an indicator name: ${cells.join(' | ')}`, line);
      return;
    }
    if (level1 !== '') this.level1 = level1;
    if (level2 !== '') this.level2 = level2;
    project.indicators.push({ level1: this.level1, level2: this.level2, level3, ...scoredCells(read), line });
  }

  /** The `得分` row: 分值 (100) and the total, which is blank in a table handed in unscored. */
  private readTotal(project: PrintedSelfEvaluation, all: string[], cells: string[], line: number): void {
    const read = this.readByHeader(all, line);
    if (read !== null) {
      project.printedTotal = { weight: read.weight, score: read.score, line };
      return;
    }
    const weight = this.amount(cells[1] ?? null, line);
    if (weight !== null) project.printedTotal = { weight, score: this.amount(cells[2] ?? null, line), line };
  }

  /**
   * A row read at its header's columns: its 分值 must be a number there; a 得分 cell may be blank (a table
   * handed in before anyone scored it). null when the header is unknown or the row does not line up with
   * it (the 分值 cell empty or text, no 三级指标 on a non-label row): then it is read from the right.
   */
  private readByHeader(all: string[], line: number): ScoredCells | null {
    const columns = this.columns;
    if (columns === null) return null;
    const at = (index: number | null) => cellAt(all, index) ?? '';
    const weight = at(columns.weight);
    if (!isPlainNumber(weight)) return null;
    const extra = all.findIndex(
      (cell, i) => cell !== '' && i > Math.max(columns.weight, columns.score ?? 0, columns.reason ?? 0),
    );
    if (extra >= 0) return null; // more cells than the header has columns: shifted
    const scoreText = at(columns.score);
    const score = scoreText === '' ? null : this.amount(scoreText, line);
    return {
      level1: at(columns.level1),
      level2: at(columns.level2),
      level3: at(columns.level3),
      target: at(columns.target),
      actual: at(columns.actual),
      weight: Decimal.parse(weight),
      score,
      deductionReason: at(columns.reason) || null,
    };
  }

  /** The layout-free reading: the 分值 and 得分 pair found from the right, the levels before 年度指标值. */
  private readFromTheRight(cells: string[], line: number): ScoredCells | null {
    const read = readScoreRowCells(cells);
    if (read === null) return null;
    let levels = read.levels;
    if (levels.length > 3) {
      this.warn(
        'CELL_SHIFTED',
        `more cells than columns before 年度指标值: ${levels.join(' | ')}; the last three are read as the levels`,
        line,
      );
      levels = levels.slice(-3);
    }
    return {
      level1: levels.length === 3 ? levels[0] : '',
      level2: levels.length >= 2 ? levels[levels.length - 2] : '',
      level3: levels.length >= 1 ? levels[levels.length - 1] : '',
      target: read.target,
      actual: read.actual,
      weight: read.weight,
      score: read.score,
      deductionReason: read.deductionReason,
    };
  }

  private warn(code: SelfEvaluationWarning['code'], message: string, line: number): void {
    this.warnings.push({ code, message, line, ...(this.sheet !== undefined && { sheet: this.sheet }) });
  }

  /**
   * No 分值/得分 pair: either the level names of an empty row (`效益指标 | 经济效益指标`, `生态效益指标`)
   * or the wrapped rest of the previous row's 三级指标.
   */
  private readLevelsOnly(project: PrintedSelfEvaluation, cells: string[], line: number): void {
    if (cells.every((cell) => cell.endsWith('指标'))) {
      if (cells.length >= 2) this.level1 = cells[cells.length - 2];
      this.level2 = cells[cells.length - 1];
      return;
    }
    const previous = project.indicators[project.indicators.length - 1];
    if (previous && cells.length === 1) {
      previous.level3 = joinWrapped(previous.level3, cells[0]);
      this.warn('CELL_WRAPPED', `"${cells[0]}" continues the 三级指标 of line ${previous.line}`, line);
      return;
    }
    this.warn('CELL_SHIFTED', `a row that cannot be read: ${cells.join(' | ')}`, line);
  }

  private amount(cell: string | null, line: number): Decimal | null {
    if (cell === null) return null;
    const value = Decimal.tryParse(cell);
    if (value === null) this.warn('NOT_A_NUMBER', `"${cell}" is not a number: left empty`, line);
    return value;
  }
}

/** A scored row's cells: the level names as the row prints them (empty where merged or left blank). */
type ScoredCells = Omit<PrintedScoreRow, 'line'>;

function scoredCells(read: ScoredCells) {
  const { target, actual, weight, score, deductionReason } = read;
  return { target, actual, weight, score, deductionReason };
}

function cellAt(cells: string[], index: number | null): string | null {
  return index === null ? null : (cells[index] ?? null);
}

/** `项目名称:` / `项目名称：` → `项目名称`. */
function labelOf(cell: string): string {
  return cell.replace(/[:：]$/, '');
}

/** The cell after a label cell (`项目名称: | 驻村工作队队员补助`); null when absent or another label follows. */
function valueAfter(cells: string[], label: string): string | null {
  const at = cells.findIndex((cell) => labelOf(cell) === label);
  const value = at < 0 ? undefined : cells[at + 1];
  return value === undefined || /[:：]$/.test(value) ? null : value;
}
