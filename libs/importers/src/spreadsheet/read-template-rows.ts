import { Decimal } from '@jixiao/decimal';
import { ImportedProject, ImportError, ImportWarning, ProjectCategory, ProjectTargetsDocument } from '../imported-document';
import { buildIndicator } from '../printed-indicator';
import { stripInvisibleCells } from './invisible-cells';
import { REQUIRED_TEMPLATE_KEYS, TEMPLATE_COLUMNS, TemplateKey, TemplateRow } from './template-columns';

/** A data row of the template with its 1-based spreadsheet row number (the header is row 1). */
export interface NumberedRow {
  row: number;
  cells: TemplateRow;
}

const CATEGORIES: readonly ProjectCategory[] = ['人员类', '运转类', '特定目标类'];

/**
 * Maps the header row to template keys (the Chinese header or the English key, either works).
 * Throws COLUMNS_MISSING naming the required columns that are absent.
 */
export function templateColumnIndexes(header: string[]): Map<TemplateKey, number> {
  const indexes = new Map<TemplateKey, number>();
  header.forEach((text, index) => {
    const name = text.trim().replace(/^\uFEFF/, '');
    const column = TEMPLATE_COLUMNS.find((c) => c.header === name || c.key === name);
    if (column && !indexes.has(column.key)) indexes.set(column.key, index);
  });
  const missing = REQUIRED_TEMPLATE_KEYS.filter((key) => !indexes.has(key));
  if (missing.length > 0) {
    const names = missing.map((key) => `${headerOf(key)} (${key})`).join(', ');
    throw new ImportError('COLUMNS_MISSING', `row 1: the template lacks the column(s) ${names}`, 1, missing.join(', '));
  }
  return indexes;
}

/** Cells of a row by key, from the cells by position. */
export function rowByKey(cells: string[], indexes: Map<TemplateKey, number>): TemplateRow {
  const row = {} as TemplateRow;
  for (const column of TEMPLATE_COLUMNS) {
    const index = indexes.get(column.key);
    row[column.key] = index === undefined ? '' : (cells[index] ?? '').trim();
  }
  return row;
}

/**
 * Template rows → documents: one per (部门编码, 部门名称, 年度), consecutive rows of the same project make
 * one project. Throws NOT_A_NUMBER naming the row and column where text stands in a number column.
 */
export function readTemplateRows(rawRows: NumberedRow[], fileWarnings: ImportWarning[] = []): ProjectTargetsDocument[] {
  const { rows, warning } = stripInvisibleCells(rawRows);
  if (warning !== null) fileWarnings = [...fileWarnings, warning];
  const documents = new Map<string, ProjectTargetsDocument>();
  // A file without any weight is a layout without weights (like Lanshan), not one with every weight lost.
  const weighted = rows.some((r) => r.cells.weight !== '');
  let current: { key: string; project: ImportedProject } | null = null;
  for (const { row, cells } of rows) {
    if (Object.values(cells).every((cell) => cell === '')) continue;
    const year = readNumber(cells, 'year', row);
    const documentKey = [cells.departmentCode, cells.departmentName, cells.year].join('\u0000');
    let document = documents.get(documentKey);
    if (!document) {
      document = {
        kind: 'project-targets',
        layout: 'template',
        year: year === null ? null : Number(year.toString()),
        department: { code: cells.departmentCode || null, name: cells.departmentName || null },
        projects: [],
        stated: { projects: null, budget: null },
        totals: { projects: 0, indicators: 0, budget: Decimal.ZERO },
        // File-level warnings (formulas, merged cells) go to the first document.
        warnings: documents.size === 0 ? [...fileWarnings] : [],
      };
      documents.set(documentKey, document);
    }
    const projectKey = [documentKey, cells.unitCode, cells.unitName, cells.projectCode, cells.projectName].join('\u0000');
    if (current === null || current.key !== projectKey) {
      current = { key: projectKey, project: newProject(cells, row) };
      document.projects.push(current.project);
    }
    if (cells.level3 === '' && cells.value === '' && cells.level1 === '') continue; // a project without indicators
    readNumber(cells, 'weight', row);
    const built = buildIndicator(
      {
        level1: cells.level1,
        level2: cells.level2,
        level3: cells.level3,
        explanation: cells.explanation,
        operator: cells.operator,
        value: cells.value,
        unit: cells.unit,
        weight: cells.weight === '' ? null : cells.weight,
        direction: cells.direction,
        line: row,
      },
      weighted,
    );
    current.project.indicators.push(built.indicator);
    document.warnings.push(...built.warnings);
  }
  return [...documents.values()];
}

function newProject(cells: TemplateRow, row: number): ImportedProject {
  if (cells.projectName === '') {
    throw new ImportError('BAD_VALUE', `row ${row}: 项目名称 (projectName) is empty`, row, 'projectName');
  }
  const category = CATEGORIES.find((c) => c === cells.category) ?? null;
  return {
    unitCode: cells.unitCode || null,
    unitName: cells.unitName || null,
    code: cells.projectCode || null,
    name: cells.projectName,
    category,
    budget: readNumber(cells, 'budget', row),
    fiscalBudget: readNumber(cells, 'fiscalBudget', row),
    otherBudget: readNumber(cells, 'otherBudget', row),
    goal: cells.goal || null,
    competentDepartment: cells.competentDepartment || null,
    implementingUnit: cells.implementingUnit || null,
    indicators: [],
    line: row,
  };
}

function readNumber(cells: TemplateRow, key: TemplateKey, row: number): Decimal | null {
  const text = cells[key];
  if (text === '') return null;
  const value = Decimal.tryParse(text);
  if (value === null) {
    throw new ImportError(
      'NOT_A_NUMBER',
      `row ${row}, column ${headerOf(key)} (${key}): "${text}" is not a number`,
      row,
      key,
    );
  }
  return value;
}

function headerOf(key: TemplateKey): string {
  return TEMPLATE_COLUMNS.find((c) => c.key === key)!.header;
}
