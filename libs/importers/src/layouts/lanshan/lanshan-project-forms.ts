import { Decimal } from '@jixiao/decimal';
import { ImportedProject, ImportWarning, ProjectTargetsDocument } from '../../imported-document';
import { matchLevel1, matchLevel2 } from '../../indicator-catalogue';
import { buildIndicator } from '../../printed-indicator';
import { ParsedTable } from '../../text/parsed-table';
import { isTableLine, joinWrapped, splitCells, unwrapCell } from '../../text/table-cells';
import { headerCells, missingColumns } from '../../text/table-header';

const FORM_TITLE = '项目支出绩效目标表';
/** The indicator header inside each form: no 权重, the layout has no weights. */
export const LANSHAN_INDICATOR_COLUMNS = ['一级指标', '二级指标', '三级指标', '指标值'] as const;
/** `指标1: 居民参保率`, `指标: 参保人数`: the 三级指标 cell's numbering prefix. */
const LEVEL3_PREFIX = /^指标\s*\d*\s*[:：]\s*/;

/** The first line of a form: `项目名称 | … | <name>`. */
export function isLanshanFormStart(cells: string[]): boolean {
  return firstLabel(cells) === '项目名称';
}

export function isLanshanIndicatorHeader(cells: string[]): boolean {
  return missingColumns(cells, LANSHAN_INDICATOR_COLUMNS).length === 0 && missingColumns(cells, ['权重']).length === 1;
}

/**
 * Reads consecutive Lanshan 项目支出绩效目标表 forms, one per project, starting at the `项目名称` line
 * (0-based `startIndex`): 项目名称, 主管部门 | 实施单位, 年度预算资金总额, 其中: 财政拨款, 其他资金,
 * 年度总体绩效目标, then `一级 | 二级 | 三级 | 指标值` rows. Cells are read by what they say, because
 * many rows sit one or two columns off the header; each such row is reported as CELL_SHIFTED.
 */
export function parseLanshanProjectForms(lines: string[], startIndex: number): ParsedTable<ProjectTargetsDocument> {
  const reader = new LanshanReader();
  let index = startIndex;
  for (; index < lines.length; index += 1) {
    const line = lines[index];
    if (line.trim() === '') continue;
    if (!isTableLine(line)) {
      if (unwrapCell(line) === FORM_TITLE) continue;
      break;
    }
    reader.readRow(splitCells(line).map(unwrapCell), index + 1);
  }
  return { document: reader.document(), endIndex: index };
}

interface IndicatorColumns {
  level1: number;
  level2: number;
  level3: number;
  value: number;
}

class LanshanReader {
  private readonly projects: ImportedProject[] = [];
  private readonly warnings: ImportWarning[] = [];
  private columns: IndicatorColumns | null = null;
  private level1 = '';
  private level2 = '';

  readRow(cells: string[], line: number): void {
    const label = firstLabel(cells);
    const values = cells.filter((cell) => cell !== '').slice(1);
    if (label === '项目名称') return this.startProject(values.join(''), line);
    const project = this.projects.at(-1);
    if (!project) return;
    if (this.columns === null) return this.readFormField(project, cells, label, values, line);
    this.readIndicatorRow(project, cells, line);
  }

  document(): ProjectTargetsDocument {
    return {
      kind: 'project-targets',
      layout: 'lanshan',
      year: null,
      department: { code: null, name: this.projects[0]?.competentDepartment ?? null },
      projects: this.projects,
      stated: { projects: null, budget: null },
      totals: { projects: 0, indicators: 0, budget: Decimal.ZERO },
      warnings: this.warnings,
    };
  }

  private startProject(name: string, line: number): void {
    this.columns = null;
    this.level1 = '';
    this.level2 = '';
    this.projects.push({
      unitCode: null,
      unitName: null,
      code: null,
      name,
      category: null,
      budget: null,
      fiscalBudget: null,
      otherBudget: null,
      goal: null,
      competentDepartment: null,
      implementingUnit: null,
      indicators: [],
      line,
    });
  }

  private readFormField(project: ImportedProject, cells: string[], label: string, values: string[], line: number): void {
    if (isLanshanIndicatorHeader(cells)) {
      const header = headerCells(cells);
      const at = (name: string) => header.findIndex((cell) => cell.startsWith(name));
      this.columns = { level1: at('一级指标'), level2: at('二级指标'), level3: at('三级指标'), value: at('指标值') };
      return;
    }
    if (label === '主管部门') {
      project.competentDepartment = values[0] && !values[0].startsWith('实施单位') ? values[0] : null;
      project.implementingUnit = valueAfter(cells, '实施单位');
      return;
    }
    if (label.startsWith('年度总体')) {
      project.goal = values.reduce(joinWrapped, project.goal ?? '') || null;
      return;
    }
    const amountAfter = (name: string): Decimal | null => {
      const text = valueAfter(cells, name);
      if (text === null) return null;
      const amount = Decimal.tryParse(text);
      if (amount === null) this.warn('CELL_SHIFTED', `line ${line}: ${name} "${text}" of 「${project.name}」 is not an amount`, line);
      return amount;
    };
    if (cells.some((cell) => cell.startsWith('年度预算资金总额'))) project.budget = amountAfter('年度预算资金总额');
    else if (cells.some((cell) => cell.startsWith('其中') && cell.includes('财政拨款'))) project.fiscalBudget = amountAfter('其中');
    else if (cells.some((cell) => cell.startsWith('其他资金'))) project.otherBudget = amountAfter('其他资金');
  }

  private readIndicatorRow(project: ImportedProject, cells: string[], line: number): void {
    const columns = this.columns!;
    let level1: string | null = null;
    let level2: string | null = null;
    let level3: string | null = null;
    let value: string | null = null;
    let shifted = false;
    for (let column = 0; column < cells.length; column += 1) {
      const cell = cells[column];
      if (cell === '') continue;
      if (level3 === null && LEVEL3_PREFIX.test(cell)) {
        level3 = cell.replace(LEVEL3_PREFIX, '');
        shifted ||= column !== columns.level3;
      } else if (level3 === null && level1 === null && level2 === null && matchLevel1(cell) !== null) {
        level1 = cell;
        shifted ||= column !== columns.level1;
      } else if (level3 === null && matchLevel2(cell) !== null) {
        // The same 二级 printed twice (`数量指标 | 数量指标`) is a shifted row.
        shifted ||= level2 !== null || column !== columns.level2;
        level2 = cell;
      } else if (level3 === null) {
        level3 = cell;
        shifted ||= column !== columns.level3;
      } else if (value === null) {
        value = cell;
        shifted ||= column !== columns.value;
      } else {
        value = `${value} ${cell}`;
        shifted = true;
      }
    }
    if (level1 !== null) {
      this.level1 = level1;
      this.level2 = '';
    }
    if (level2 !== null) this.level2 = level2;
    if (level3 === null) return; // a row of level names only
    if (shifted) this.warn('CELL_SHIFTED', `line ${line}: cells of 「${level3}」 are out of their columns; read by content`, line);
    const built = buildIndicator({ level1: this.level1, level2: this.level2, level3, value, weight: null, line }, false);
    project.indicators.push(built.indicator);
    this.warnings.push(...built.warnings);
  }

  private warn(code: ImportWarning['code'], message: string, line: number): void {
    this.warnings.push({ code, message, line });
  }
}

function firstLabel(cells: string[]): string {
  return (cells.find((cell) => cell !== '') ?? '').replace(/[:：]$/, '');
}

/** The text after a label: the rest of the label's own cell (`实施单位 兰山区医疗保障局`) or the next filled cell. */
function valueAfter(cells: string[], label: string): string | null {
  const at = cells.findIndex((cell) => cell.startsWith(label));
  if (at === -1) return null;
  const own = cells[at].slice(label.length).replace(/^[:：\s]+/, '');
  if (own !== '' && !own.startsWith('财政拨款')) return own;
  return cells.slice(at + 1).find((cell) => cell !== '') ?? null;
}
