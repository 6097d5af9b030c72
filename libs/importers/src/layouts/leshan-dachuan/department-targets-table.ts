import { Decimal } from '@jixiao/decimal';
import { DepartmentTargetsDocument, ImportedIndicator, ImportWarning } from '../../imported-document';
import { INDICATOR_CATALOGUE, isLevel2Under, matchLevel1, matchLevel2 } from '../../indicator-catalogue';
import { buildIndicator } from '../../printed-indicator';
import { ParsedTable } from '../../text/parsed-table';
import { isTableLine, joinWrapped, splitCells } from '../../text/table-cells';
import { unwrap } from './unwrap';
import { readDocumentFacts } from './stated-facts';

const TITLE = '部门整体支出绩效目标表';

/** The labels in the first column that open each part of the form. */
const LABELS = {
  department: '部门名称',
  budget: '年度部门整体支出预算',
  goal: '年度总体目标',
  tasks: '年度主要任务',
  taskHeader: '任务名称',
  indicators: '年度绩效指标',
} as const;

/** A markdown rule the extraction printed under the Leshan table (`-- | -------`): the table's end. */
const RULE_LINE = /^[-\s|]+$/;

type Part = 'none' | 'goal' | 'tasks' | 'indicators';

/**
 * Reads the 部门整体支出绩效目标表 (Leshan 公开表7, Dachuan) from its title line (0-based `titleIndex`) to the
 * first line that is not part of it. The form is a list of labelled parts (部门名称, 年度部门整体支出预算 with
 * 资金总额/财政拨款/其他资金, 年度总体目标, tasks, 年度绩效指标), in either order.
 *
 * Indicators: Leshan prints 一级 | 二级 | 三级 | 性质 | 指标值 | 度量单位 | 权重 in their columns; Dachuan prints
 * 一级 | 二级 | 三级 | 指标值 (operator folded in, `=41人`, no weights) with cells shifted left or right from row
 * to row, so its rows are read by content: leading catalogue level names, the value last, the name between.
 */
export function parseDepartmentTargetsTable(
  lines: string[],
  titleIndex: number,
  layout: 'leshan' | 'dachuan',
): ParsedTable<DepartmentTargetsDocument> {
  const reader = new DepartmentFormReader();
  let index = titleIndex;
  while (index < lines.length && unwrap(lines[index]) !== TITLE && !lines[index].startsWith(LABELS.department)) index += 1;
  for (index += 1; index < lines.length; index += 1) {
    const line = lines[index];
    if (line.trim() === '') continue;
    if (!isTableLine(line)) {
      if (reader.isPreamble()) continue; // `(2024年度)`, `金额单位：万元`
      break;
    }
    if (RULE_LINE.test(line)) {
      index += 1;
      break;
    }
    reader.readRow(splitCells(line), index + 1);
  }
  const facts = readDocumentFacts(lines, reader.departmentName);
  return { document: reader.document(layout, facts.year, facts.department), endIndex: index };
}

class DepartmentFormReader {
  departmentName: string | null = null;
  private readonly budget: DepartmentTargetsDocument['budget'] = { total: null, fiscal: null, other: null };
  private budgetColumns: { column: number; field: keyof DepartmentTargetsDocument['budget'] }[] | null = null;
  private budgetLine: number | null = null;
  private goal: string | null = null;
  private readonly tasks: DepartmentTargetsDocument['tasks'] = [];
  private readonly indicators: ImportedIndicator[] = [];
  private readonly warnings: ImportWarning[] = [];
  private part: Part = 'none';
  private started = false;
  /** Leshan's positional columns, from its indicator header; null for Dachuan's value-only rows. */
  private indicatorColumns: { level1: number; level2: number; level3: number; operator: number; value: number; unit: number; weight: number } | null = null;
  private level1 = '';
  private level2 = '';

  isPreamble(): boolean {
    return !this.started;
  }

  readRow(cells: string[], line: number): void {
    this.started = true;
    const label = unwrap(cells[0]);
    if (this.budgetColumns !== null && label === '') return this.readBudgetAmounts(cells, line);
    switch (label) {
      case LABELS.department:
        this.departmentName = cells.slice(1).map(unwrap).find((cell) => cell !== '') ?? null;
        this.part = 'none';
        return;
      case LABELS.budget:
        this.readBudgetHeader(cells);
        return;
      case LABELS.goal:
        this.part = 'goal';
        this.appendGoal(cells.slice(1));
        return;
      case LABELS.tasks:
      case LABELS.taskHeader:
        this.part = 'tasks';
        return;
      case LABELS.indicators:
        this.part = 'indicators';
        this.readIndicatorHeader(cells);
        return;
    }
    if (this.part === 'goal') this.appendGoal(cells);
    else if (this.part === 'tasks') this.readTask(cells, line);
    else if (this.part === 'indicators') this.readIndicator(cells, line);
    else this.warn('CELL_SHIFTED', `line ${line}: a row outside every part of the form`, line);
  }

  document(
    layout: 'leshan' | 'dachuan',
    year: number | null,
    department: { code: string | null; name: string | null },
  ): DepartmentTargetsDocument {
    return {
      kind: 'department-targets',
      layout,
      year,
      department: { code: department.code, name: this.departmentName ?? department.name },
      budget: this.budget,
      goal: this.goal,
      tasks: this.tasks,
      indicators: this.indicators,
      stated: { budget: this.budget.total, line: this.budgetLine },
      // Counted by checkDepartmentDocument, as for project documents.
      totals: { tasks: 0, indicators: 0, budget: null },
      warnings: this.warnings,
    };
  }

  /** `年度部门整体支出预算 | 资金总额 | | 财政拨款 | | 其他资金`: the amounts come on the next row, in the same columns. */
  private readBudgetHeader(cells: string[]): void {
    this.part = 'none';
    const fields = { 资金总额: 'total', 财政拨款: 'fiscal', 其他资金: 'other' } as const;
    this.budgetColumns = [];
    cells.forEach((cell, column) => {
      const field = fields[unwrap(cell) as keyof typeof fields];
      if (field) this.budgetColumns!.push({ column, field });
    });
  }

  private readBudgetAmounts(cells: string[], line: number): void {
    for (const { column, field } of this.budgetColumns!) {
      const cell = cells[column] ?? '';
      const amount = Decimal.tryParse(cell);
      if (amount === null && cell !== '') this.warn('CELL_SHIFTED', `line ${line}: ${field} "${cell}" is not an amount`, line);
      this.budget[field] = amount;
    }
    this.budgetLine = line;
    this.budgetColumns = null;
  }

  private appendGoal(cells: string[]): void {
    for (const cell of cells) if (cell !== '') this.goal = joinWrapped(this.goal ?? '', unwrap(cell));
  }

  /** `| 任务名称 | | 主要内容` rows; a row with one text cell continues the task above. */
  private readTask(cells: string[], line: number): void {
    const filled = cells.map(unwrap).filter((cell) => cell !== '');
    const last = this.tasks.at(-1);
    if (filled.length === 1 && last) {
      last.content = joinWrapped(last.content, filled[0]);
      return;
    }
    const [name, content = '', budget] = filled;
    this.tasks.push({ name, content, budget: budget === undefined ? null : Decimal.tryParse(budget), line });
  }

  private readIndicatorHeader(cells: string[]): void {
    const header = cells.map(unwrap);
    const find = (name: string) => header.findIndex((cell, column) => column > 0 && cell.includes(name));
    const operator = find('性质');
    this.indicatorColumns =
      operator === -1
        ? null
        : { level1: find('一级'), level2: find('二级'), level3: find('三级'), operator, value: find('指标值'), unit: find('单位'), weight: find('权重') };
  }

  private readIndicator(cells: string[], line: number): void {
    const columns = this.indicatorColumns;
    if (columns === null) return this.readIndicatorByContent(cells.map(unwrap), line);
    const at = (column: number) => (column === -1 ? '' : (cells[column] ?? ''));
    const [operator, value, unit, weight] = [at(columns.operator), at(columns.value), at(columns.unit), at(columns.weight)];
    if (at(columns.level1) !== '') this.level1 = unwrap(at(columns.level1));
    if (at(columns.level2) !== '') this.level2 = unwrap(at(columns.level2));
    const level3 = unwrap(at(columns.level3));
    if (operator === '' && value === '' && weight === '') {
      const above = this.indicators.at(-1);
      if (above && level3 !== '') above.level3 = joinWrapped(above.level3, level3);
      return;
    }
    this.push({ level3, operator, value, unit, weight, line }, columns.weight !== -1);
  }

  /**
   * Dachuan: `| 数量指标 | | 2024年单位在职人员数量 | =41人`, `全年各项工作任务完成时限 | | | ≤12月`,
   * `效益指标 | 经济效益指标 | 定额公用经费运转保障率 | =100% |`. Leading level names, then the name, the value last.
   */
  private readIndicatorByContent(cells: string[], line: number): void {
    const filled = cells.filter((cell) => cell !== '');
    // A level name is only read as one when a name and a value still follow it (`服务对象满意度 | ≥90%` is a name).
    let next = 0;
    if (filled.length > 3 && matchLevel1(filled[0]) !== null && matchLevel2(filled[1]) !== null) {
      this.level1 = filled[0];
      this.level2 = filled[1];
      next = 2;
    } else if (filled.length > 2 && matchLevel2(filled[0]) !== null) {
      this.level2 = filled[0];
      this.level1 = parentOf(filled[0]) ?? this.level1;
      next = 1;
    } else if (filled.length > 2 && matchLevel1(filled[0]) !== null) {
      this.level1 = filled[0];
      this.level2 = '';
      next = 1;
    }
    const rest = filled.slice(next);
    if (rest.length === 0) return;
    const value = rest[rest.length - 1];
    this.push({ level3: rest.slice(0, -1).join(''), operator: null, value, unit: null, weight: null, line }, false);
  }

  private push(
    printed: { level3: string; operator: string | null; value: string; unit: string | null; weight: string | null; line: number },
    weighted: boolean,
  ): void {
    const built = buildIndicator({ level1: this.level1, level2: this.level2, ...printed }, weighted);
    this.indicators.push(built.indicator);
    this.warnings.push(...built.warnings);
  }

  private warn(code: ImportWarning['code'], message: string, line: number): void {
    this.warnings.push({ code, message, line });
  }
}

/** The level-1 name a level-2 name belongs to in the catalogue (`数量指标` → `产出指标`). */
function parentOf(level2: string): string | null {
  const name = matchLevel2(level2)?.name;
  if (name === undefined) return null;
  return Object.keys(INDICATOR_CATALOGUE).find((level1) => isLevel2Under(level1, name)) ?? null;
}
