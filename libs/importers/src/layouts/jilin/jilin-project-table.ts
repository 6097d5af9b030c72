import { Decimal } from '@jixiao/decimal';
import { ImportedProject, ImportWarning, ProjectTargetsDocument } from '../../imported-document';
import { matchLevel1, matchLevel2 } from '../../indicator-catalogue';
import { buildIndicator } from '../../printed-indicator';
import { isBareNumber, ParsedTable, splitCodeAndName } from '../../text/parsed-table';
import { isTableLine, joinWrapped, splitCells, unwrapCell } from '../../text/table-cells';
import { missingColumns } from '../../text/table-header';
import { JILIN_COLUMNS, JILIN_PROJECT_CELLS } from './jilin-columns';

const TABLE_TITLE = '项目支出绩效目标表';

export function isJilinHeader(cells: string[]): boolean {
  return missingColumns(cells, JILIN_COLUMNS).length === 0;
}

/**
 * Reads the Jilin 项目支出绩效目标表 starting at its header line (0-based `headerIndex`), across the page
 * breaks that repeat the title, the department line and the header, until the first line that belongs to none.
 *
 * Rows are read by content, not by column position, because the extraction shifted some of them:
 * a row starts its indicator part at the first cell that is a catalogue level name; the cells before it are
 * unit | project | budget | goal (right-aligned), the non-empty cells after it are
 * [一级] [二级] 三级 | 指标解释 | 指标值 | 权重.
 */
export function parseJilinProjectTable(lines: string[], headerIndex: number): ParsedTable<ProjectTargetsDocument> {
  const reader = new JilinReader();
  reader.readDepartment(lines, headerIndex);
  let index = headerIndex + 1;
  for (; index < lines.length; index += 1) {
    const line = lines[index];
    if (line.trim() === '') continue;
    if (!isTableLine(line)) {
      if (reader.isPageBreakLine(line)) continue;
      break;
    }
    const cells = splitCells(line);
    if (line.includes('指标解释') && isJilinHeader(cells)) continue; // the header repeated at a page break
    reader.readRow(cells.map(unwrapCell), index + 1);
  }
  return { document: reader.document(), endIndex: index };
}

class JilinReader {
  private readonly projects: ImportedProject[] = [];
  private readonly warnings: ImportWarning[] = [];
  private department: { code: string | null; name: string | null } = { code: null, name: null };
  private level1 = '';
  private level2 = '';

  readDepartment(lines: string[], headerIndex: number): void {
    for (let i = headerIndex - 1; i >= Math.max(0, headerIndex - 4); i -= 1) {
      const found = splitCodeAndName(lines[i].trim());
      if (found.code !== null) {
        this.department = found;
        return;
      }
    }
  }

  /** The title and the department line printed again at the top of every page. */
  isPageBreakLine(line: string): boolean {
    const text = unwrapCell(line.replace(/^#+\s*/, ''));
    return text === TABLE_TITLE || (this.department.code !== null && text === `${this.department.code}-${this.department.name}`);
  }

  readRow(cells: string[], line: number): void {
    const anchor = cells.findIndex((cell) => cell !== '' && (matchLevel1(cell) !== null || matchLevel2(cell) !== null));
    const projectCells = anchor === -1 ? [] : cells.slice(0, anchor);
    const indicatorCells = anchor === -1 ? cells : cells.slice(anchor);
    const filled = indicatorCells.filter((cell) => cell !== '');

    if (anchor === -1 && filled.length < 3) {
      this.readWrappedLine(cells, line);
      return;
    }
    const start = anchor === -1 ? cells.findIndex((cell) => cell !== '') : anchor;
    const standard = start >= JILIN_PROJECT_CELLS && start <= JILIN_PROJECT_CELLS + 3 && !hasGap(cells.slice(start));
    if (!standard) {
      this.warn('CELL_SHIFTED', `line ${line}: cells are out of their columns; read by content`, line);
    }
    this.readProjectCells(rightAligned(projectCells, JILIN_PROJECT_CELLS), line);
    this.readIndicatorCells(filled, line);
  }

  document(): ProjectTargetsDocument {
    return {
      kind: 'project-targets',
      layout: 'jilin',
      year: null,
      department: this.department,
      projects: this.projects,
      stated: { projects: null, budget: null },
      totals: { projects: 0, indicators: 0, budget: Decimal.ZERO },
      warnings: this.warnings,
    };
  }

  private readProjectCells([unit, name, budget, goal]: string[], line: number): void {
    if (unit === '' && name === '') {
      if (budget !== '') this.warn('CELL_SHIFTED', `line ${line}: an amount "${budget}" without a project`, line);
      if (goal !== '') this.appendGoal(goal, line);
      return;
    }
    const { code: unitCode, name: unitName } = splitCodeAndName(unit);
    const amount = Decimal.tryParse(budget);
    const current = this.projects.at(-1);
    // A page break may repeat the project's first row: the same unit and project is a continuation.
    if (current && current.unitCode === unitCode && current.name === name && (amount === null || current.budget?.eq(amount))) {
      if (goal !== '' && goal !== current.goal) this.appendGoal(goal, line);
      return;
    }
    if (budget !== '' && amount === null) {
      this.warn('CELL_SHIFTED', `line ${line}: 年度资金总额 "${budget}" of 「${name}」 is not an amount`, line);
    }
    this.level1 = '';
    this.level2 = '';
    this.projects.push({
      unitCode,
      unitName: unitName || null,
      code: null,
      name,
      category: null,
      budget: amount,
      fiscalBudget: null,
      otherBudget: null,
      goal: goal || null,
      competentDepartment: null,
      implementingUnit: null,
      indicators: [],
      line,
    });
  }

  private readIndicatorCells(filled: string[], line: number): void {
    let next = 0;
    if (filled.length > 1 && matchLevel1(filled[0]) !== null && matchLevel2(filled[1]) !== null) {
      this.level1 = filled[0];
      this.level2 = filled[1];
      next = 2;
    } else if (matchLevel2(filled[0]) !== null && matchLevel1(filled[0]) === null) {
      this.level2 = filled[0];
      next = 1;
    } else if (matchLevel1(filled[0]) !== null) {
      this.level1 = filled[0];
      this.level2 = '';
      next = 1;
    }
    const rest = filled.slice(next);
    if (rest.length === 0) return;
    const project = this.projects.at(-1);
    if (!project) {
      this.warn('CELL_SHIFTED', `line ${line}: an indicator before any project`, line);
      return;
    }
    const [level3, explanation, value, weight] = assignTail(rest);
    const built = buildIndicator(
      { level1: this.level1, level2: this.level2, level3, explanation, value, weight, line },
      true,
    );
    project.indicators.push(built.indicator);
    this.warnings.push(...built.warnings);
  }

  private readWrappedLine(cells: string[], line: number): void {
    cells.forEach((cell, column) => {
      if (cell === '') return;
      if (column === JILIN_PROJECT_CELLS - 1) this.appendGoal(cell, line);
      else this.warn('CELL_SHIFTED', `line ${line}: text "${cell}" belongs to no column`, line);
    });
  }

  private appendGoal(text: string, line: number): void {
    const project = this.projects.at(-1);
    if (!project) {
      this.warn('CELL_SHIFTED', `line ${line}: goal text "${text}" before any project`, line);
      return;
    }
    project.goal = joinWrapped(project.goal ?? '', text);
  }

  private warn(code: ImportWarning['code'], message: string, line: number): void {
    this.warnings.push({ code, message, line });
  }
}

/**
 * 三级 | 指标解释 | 指标值 | 权重 from the non-empty cells after the level names. With fewer cells the
 * missing ones are the lost ones: a trailing bare number is the weight, the cell before it the value.
 */
function assignTail(rest: string[]): [string, string | null, string | null, string | null] {
  const [level3] = rest;
  const n = rest.length;
  if (n >= 4) return [level3, rest.slice(1, n - 2).join(' '), rest[n - 2], rest[n - 1]];
  if (n === 3) return isBareNumber(rest[2]) ? [level3, null, rest[1], rest[2]] : [level3, rest[1], rest[2], null];
  if (n === 2) return isBareNumber(rest[1]) ? [level3, null, null, rest[1]] : [level3, null, rest[1], null];
  return [level3, null, null, null];
}

/** The last `width` cells, padded with empty cells on the left. */
function rightAligned(cells: string[], width: number): string[] {
  const tail = cells.slice(-width);
  return [...Array<string>(width - tail.length).fill(''), ...tail];
}

/** An empty cell between filled ones: the extraction inserted columns inside the indicator part. */
function hasGap(cells: string[]): boolean {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === '') end -= 1;
  return cells.slice(0, end).includes('');
}

