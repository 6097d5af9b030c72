import { Decimal } from '@jixiao/decimal';
import { stripInvisibleLines } from '../source/invisible-text';
import { joinWrapped, unwrapCell } from '../text/table-cells';
import { mergePrintedTwice } from './printed-twice';
import type {
  PrintedMoneyRow,
  PrintedSelfEvaluation,
  SelfEvaluationDocument,
  SelfEvaluationWarning,
} from './printed-self-evaluation';
import { readScoreRowCells } from './score-row-cells';

const HEADING = '部门预算项目支出绩效自评表';
/** The next part of a 决算 document ends the self-evaluation tables. */
const NEXT_PART = /^第[一二三四五六七八九十]+部分/;

/**
 * Reads 第四部分 部门预算项目支出绩效自评表 of a 决算 document (Jinkouhe layout): per project the header,
 * the money block, 年度总体目标 and the scored rows. Tolerates wrapped cells, shifting empty cells,
 * `#DIV/0!`, empty level-2 rows, a table printed twice (one project, TABLE_PRINTED_TWICE) and a table cut
 * off after its money block (budget and execution only, TABLE_CUT_OFF). Never throws on content.
 */
export function parseSelfEvaluationDocument(text: string): SelfEvaluationDocument {
  const { lines, warning: invisible } = stripInvisibleLines(text.replace(/^\uFEFF/, '').split(/\r\n?|\n/));
  const warnings: SelfEvaluationWarning[] = invisible ? [invisible] : [];
  const start = lines.findIndex((line) => line.includes(HEADING));
  if (start < 0) {
    warnings.push({ code: 'NO_SELF_EVALUATION', message: `no ${HEADING} in the document`, line: null });
    return { year: null, department: null, projects: [], warnings };
  }
  const headingYear = /(\d{4})\s*年度/.exec(lines[start]);
  const reader = new ProjectReader(warnings);
  for (let i = start + 1; i < lines.length; i++) {
    const trimmed = lines[i].trim();
    if (NEXT_PART.test(trimmed)) break;
    const cells = lines[i]
      .split('\t')
      .map(unwrapCell)
      .filter((cell) => cell !== '');
    if (cells.length > 0) reader.read(cells, i + 1);
  }
  const printed = reader.finish();
  for (const project of printed) {
    if (project.cutOff) {
      warnings.push({
        code: 'TABLE_CUT_OFF',
        message: `the table of "${project.name}" stops after its money block: read as budget and execution only`,
        line: project.line,
      });
    }
  }
  const projects = mergePrintedTwice(printed, warnings);
  warnings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return {
    year: headingYear ? Number(headingYear[1]) : (projects[0]?.year ?? null),
    department: projects.find((p) => p.department !== null)?.department ?? null,
    projects,
    warnings,
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

  constructor(private readonly warnings: SelfEvaluationWarning[]) {}

  read(cells: string[], line: number): void {
    const label = labelOf(cells[0]);
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
    } else if (this.section === 'goal') {
      project.goal = {
        expected: cells.length > 1 ? cells.slice(0, -1).join(' ') : cells[0],
        actual: cells.length > 1 ? cells[cells.length - 1] : null,
      };
      this.section = 'header';
    } else if (this.section === 'rows') {
      this.readRow(project, label, cells, line);
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
    };
    this.section = 'header';
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

  private readRow(project: PrintedSelfEvaluation, label: string, cells: string[], line: number): void {
    if (label === '得分') {
      const weight = this.amount(cells[1] ?? null, line);
      const score = this.amount(cells[2] ?? null, line);
      if (weight !== null && score !== null) project.printedTotal = { weight, score, line };
      return;
    }
    const read = readScoreRowCells(cells);
    if (read === null) return this.readLevelsOnly(project, cells, line);
    let levels = read.levels;
    if (levels.length > 3) {
      this.warnings.push({
        code: 'CELL_SHIFTED',
        message: `more cells than columns before 年度指标值: ${levels.join(' | ')}; the last three are read as the levels`,
        line,
      });
      levels = levels.slice(-3);
    }
    if (label.startsWith('预算执行率')) {
      project.executionRateRow = { level1: cells[0], level2: '', level3: '', ...scoredCells(read), line };
      return;
    }
    if (levels.length === 0) {
      this.warnings.push({
        code: 'CELL_SHIFTED',
        message: `a scored row without an indicator name: ${cells.join(' | ')}`,
        line,
      });
      return;
    }
    if (levels.length === 3) this.level1 = levels[0];
    if (levels.length >= 2) this.level2 = levels[levels.length - 2];
    project.indicators.push({
      level1: this.level1,
      level2: this.level2,
      level3: levels[levels.length - 1],
      ...scoredCells(read),
      line,
    });
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
      this.warnings.push({
        code: 'CELL_WRAPPED',
        message: `"${cells[0]}" continues the 三级指标 of line ${previous.line}`,
        line,
      });
      return;
    }
    this.warnings.push({
      code: 'CELL_SHIFTED',
      message: `a row that cannot be read: ${cells.join(' | ')}`,
      line,
    });
  }

  private amount(cell: string | null, line: number): Decimal | null {
    if (cell === null) return null;
    const value = Decimal.tryParse(cell);
    if (value === null)
      this.warnings.push({ code: 'NOT_A_NUMBER', message: `"${cell}" is not a number: left empty`, line });
    return value;
  }
}

function scoredCells(read: NonNullable<ReturnType<typeof readScoreRowCells>>) {
  const { target, actual, weight, score, deductionReason } = read;
  return { target, actual, weight, score, deductionReason };
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
