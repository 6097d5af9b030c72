import { Decimal } from '@jixiao/decimal';
import { ImportedIndicator, ImportedProject, ImportWarning, ProjectTargetsDocument, StatedUnitTotal } from '../../imported-document';
import { buildIndicator } from '../../printed-indicator';
import { isBareNumber, ParsedTable, splitCodeAndName } from '../../text/parsed-table';
import { isTableLine, joinWrapped } from '../../text/table-cells';
import { unwrap } from './unwrap';
import { readProjectCell } from './project-code';
import { readDocumentFacts, StatedFacts } from './stated-facts';
import { alignTwelveColumnRow, hasIndicatorCells, TwelveColumnRow } from './twelve-column-row';

/** `stated` of a 12-column document: the common fields plus the prose's split by project class. */
export type TwelveColumnDocument = ProjectTargetsDocument & { stated: StatedFacts };

const HEADER_FIRST_CELLS = '单位名称\t项目名称';

/**
 * Reads the Leshan / Dachuan 部门预算项目支出绩效目标表 (公开表6) from its header line (0-based `headerIndex`;
 * the title line before it is accepted too) to the first line that is not a table line.
 *
 * Each line is one printed row: a unit or department total row (`315-乐山市医疗保障局 | | 1,672.81`), a
 * project's first row (project cell and 预算数), an indicator row, or only wrapped text continuing the cells
 * above it (a project name, a goal, an indicator name). Unit and project cells are printed on a project's
 * first row only; level names on the first row of their group only. One pass, no look-back beyond the
 * current project, so the cost is linear in the lines.
 */
export function parseTwelveColumnProjectTable(
  lines: string[],
  headerIndex: number,
  layout: 'leshan' | 'dachuan',
): ParsedTable<TwelveColumnDocument> {
  const reader = new TwelveColumnReader();
  let index = headerIndex;
  while (index < lines.length && !lines[index].startsWith(HEADER_FIRST_CELLS)) index += 1;
  for (index += 1; index < lines.length; index += 1) {
    const line = lines[index];
    if (!isTableLine(line)) {
      if (line.trim() === '') continue;
      break;
    }
    if (line.startsWith(HEADER_FIRST_CELLS)) continue; // repeated at a page break
    reader.readRow(alignTwelveColumnRow(line.split('\t')), index + 1);
  }
  return { document: reader.document(lines, layout), endIndex: index };
}

class TwelveColumnReader {
  private readonly projects: ImportedProject[] = [];
  private readonly warnings: ImportWarning[] = [];
  private readonly unitTotals: StatedUnitTotal[] = [];
  private department: { code: string | null; name: string | null } = { code: null, name: null };
  private departmentTotal: { budget: Decimal; line: number } | null = null;
  private unit: { code: string | null; name: string | null } = { code: null, name: null };
  private project: ImportedProject | null = null;
  /** The printed project cell so far: a wrapped code is only whole once its continuation is read. */
  private projectCell = '';
  private indicator: ImportedIndicator | null = null;
  private level1 = '';
  private level2 = '';

  readRow(row: TwelveColumnRow, line: number): void {
    const indicatorCells = hasIndicatorCells(row);
    if (row.unit !== '' && row.project === '' && !indicatorCells) {
      this.readTotalRow(row, line);
      return;
    }
    if (row.unit !== '') this.unit = nullableCodeAndName(unwrap(row.unit));
    if (row.project !== '' && row.budget !== '') this.startProject(row, line);
    else this.continueProject(row, line);
    if (indicatorCells) this.readIndicator(row, line);
    else this.continueIndicator(row);
  }

  document(lines: string[], layout: 'leshan' | 'dachuan'): TwelveColumnDocument {
    this.finishProject();
    const facts = readDocumentFacts(lines, this.department.name ?? this.projects[0]?.unitName ?? null);
    // The prose's statement comes first; the table's own department total row stands in where there is none.
    const statedBudget = facts.stated.budget ?? this.departmentTotal?.budget ?? null;
    const stated: StatedFacts = {
      ...facts.stated,
      budget: statedBudget,
      line: facts.stated.budget !== null ? facts.stated.line : (this.departmentTotal?.line ?? null),
      units: [...this.unitTotals, ...(facts.stated.units ?? [])],
    };
    return {
      kind: 'project-targets',
      layout,
      year: facts.year,
      department: { code: this.department.code ?? facts.department.code, name: this.department.name ?? facts.department.name },
      projects: this.projects,
      stated,
      totals: {
        projects: this.projects.length,
        indicators: this.projects.reduce((n, project) => n + project.indicators.length, 0),
        budget: Decimal.sum(this.projects.flatMap((project) => (project.budget ? [project.budget] : []))),
      },
      warnings: this.warnings,
    };
  }

  /** `315-乐山市医疗保障局 | | 1,672.81`: the department's (3-digit code) or a unit's stated total, not a project. */
  private readTotalRow(row: TwelveColumnRow, line: number): void {
    const { code, name } = nullableCodeAndName(unwrap(row.unit));
    const budget = Decimal.tryParse(row.budget);
    if (budget === null) {
      if (row.budget !== '') this.warn('CELL_SHIFTED', `line ${line}: total "${row.budget}" of ${row.unit} is not an amount`, line);
      this.unit = { code, name };
      return;
    }
    if (this.department.name === null && (code === null || code.length <= 3)) {
      this.department = { code, name };
      this.departmentTotal = { budget, line };
    } else {
      this.unitTotals.push({ unitCode: code, unitName: name ?? '', budget, line, source: 'project-table' });
      this.unit = { code, name };
    }
  }

  private startProject(row: TwelveColumnRow, line: number): void {
    this.finishProject();
    const budget = Decimal.tryParse(row.budget);
    if (budget === null) this.warn('CELL_SHIFTED', `line ${line}: 预算数 "${row.budget}" of ${row.project} is not an amount`, line);
    this.projectCell = row.project;
    this.level1 = '';
    this.level2 = '';
    this.indicator = null;
    this.project = {
      unitCode: this.unit.code,
      unitName: this.unit.name,
      code: null,
      name: '',
      category: null,
      budget,
      fiscalBudget: null,
      otherBudget: null,
      goal: row.goal === '' ? null : unwrap(row.goal),
      competentDepartment: null,
      implementingUnit: null,
      indicators: [],
      line,
    };
    this.projects.push(this.project);
  }

  /** Wrapped text of the project's own cells: the rest of its name (`901-2024年医疗…`, `租赁费用`) or goal. */
  private continueProject(row: TwelveColumnRow, line: number): void {
    if (row.project === '' && row.goal === '' && row.budget === '') return;
    if (this.project === null) {
      this.warn('CELL_SHIFTED', `line ${line}: project text before any project`, line);
      return;
    }
    if (row.project !== '') this.projectCell = `${this.projectCell} ${row.project}`;
    if (row.goal !== '') this.project.goal = joinWrapped(this.project.goal ?? '', unwrap(row.goal));
    if (row.budget !== '') this.warn('CELL_SHIFTED', `line ${line}: 预算数 "${row.budget}" without a project name`, line);
  }

  private finishProject(): void {
    if (this.project === null) return;
    const { code, name, category } = readProjectCell(this.projectCell);
    this.project.code = code;
    this.project.name = name;
    this.project.category = category;
    this.project = null;
  }

  private readIndicator(row: TwelveColumnRow, line: number): void {
    if (this.project === null) {
      this.warn('CELL_SHIFTED', `line ${line}: an indicator before any project`, line);
      return;
    }
    if (row.level1 !== '') this.level1 = unwrap(row.level1);
    if (row.level2 !== '') this.level2 = unwrap(row.level2);
    let { measure, weight } = row;
    // Dachuan 定性 rows: `定性 | 优 | 10 |` — the weight slid into the 度量单位 column.
    if (weight === '' && isBareNumber(measure)) {
      this.warn('CELL_SHIFTED', `line ${line}: 权重 ${measure} printed in the 度量单位 column; read as the weight`, line);
      weight = measure;
      measure = '';
    }
    const built = buildIndicator(
      {
        level1: this.level1,
        level2: this.level2,
        level3: unwrap(row.level3),
        operator: row.operator,
        value: row.value,
        unit: measure,
        weight,
        direction: row.direction,
        line,
      },
      true,
    );
    this.indicator = built.indicator;
    this.project.indicators.push(built.indicator);
    this.warnings.push(...built.warnings);
  }

  /** A line with only wrapped level names (`开展医保集中宣` + `传次数（次）`): they continue the indicator above. */
  private continueIndicator(row: TwelveColumnRow): void {
    const indicator = this.indicator;
    if (indicator === null || (row.level1 === '' && row.level2 === '' && row.level3 === '')) return;
    if (row.level1 !== '') this.level1 = indicator.level1 = joinWrapped(indicator.level1, unwrap(row.level1));
    if (row.level2 !== '') this.level2 = indicator.level2 = joinWrapped(indicator.level2, unwrap(row.level2));
    if (row.level3 !== '') indicator.level3 = joinWrapped(indicator.level3, unwrap(row.level3));
  }

  private warn(code: ImportWarning['code'], message: string, line: number): void {
    this.warnings.push({ code, message, line });
  }
}

function nullableCodeAndName(text: string): { code: string | null; name: string | null } {
  const { code, name } = splitCodeAndName(text);
  return { code, name: name === '' ? null : name };
}
