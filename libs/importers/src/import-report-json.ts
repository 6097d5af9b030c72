import { Decimal } from '@jixiao/decimal';
import { IndicatorValue } from '@jixiao/indicator-value';
import {
  DepartmentTargetsDocument,
  ImportedIndicator,
  ImportedProject,
  ImportResult,
  ImportWarning,
  ProjectTargetsDocument,
} from './imported-document';
import { valueCell } from './spreadsheet/template-rows';
import { reconcilableUnitTotals } from './stated-unit-totals';

/**
 * The plain-JSON report of an import, for the CLI and the API. Every number is a decimal string
 * (`"1672.81"`, weight `"20"`, or null).
 *
 * Both kinds of document carry `stated` (what the document prints as its total: the prose or total row of a
 * project table, the 资金总额 of a 部门整体 form; for a project table also `units`, each unit total it prints,
 * `checked` where its projects are reconciled against it) and `totals` (what its rows add up to: projects, indicators
 * and budget; for 部门整体 tasks, indicators, and the tasks' budgets summed, null where no task prints one).
 *
 * An indicator:
 * - `level1`/`level2` are the catalogue names; `level1Printed`/`level2Printed` are always present and keep
 *   the cells verbatim (`可持续发展指标` beside `可持续影响指标`; equal to level1/level2 where the catalogue
 *   name was printed).
 * - `operator` is one of `= ≥ ≤ > < 定性`, or null where the row lost its value (`kind` `empty`, `target`
 *   null, a VALUE_MISSING warning): nothing is invented for a lost cell.
 * - `target` is the target without operator and unit (`"5"`, `"优"`, `"据实"`); a deadline is the date as
 *   printed with the extraction's spaces removed (`"12月"`, `"8月底前"`, `"2023年12月31日前"`) and `unit`
 *   null, however its 度量单位 was printed (`= | 12 | 月` and `≤12月` give the same shape; `text` keeps the cells).
 * - `direction` is the English of 指标方向性: `positive` (正向), `reverse` (反向), `exact` (等于) — the names of
 *   the domain type.
 */
export function toImportReportJson(result: ImportResult) {
  return { documents: result.documents.map((d) => (d.kind === 'project-targets' ? projectDocument(d) : departmentDocument(d))) };
}

/**
 * The report's shape. What its fields mean — `operator: null` on a row that lost its value, one shape for
 * deadlines, `level1Printed`/`level2Printed` always present — is documented on toImportReportJson.
 */
export type ImportReportJson = ReturnType<typeof toImportReportJson>;

function projectDocument(document: ProjectTargetsDocument) {
  return {
    kind: document.kind,
    layout: document.layout,
    year: document.year,
    department: document.department,
    projects: document.projects.map(project),
    stated: {
      projects: document.stated.projects,
      budget: money(document.stated.budget),
      line: document.stated.line ?? null,
      units: statedUnits(document.stated),
    },
    totals: {
      projects: document.totals.projects,
      indicators: document.totals.indicators,
      budget: document.totals.budget.toFixed(2),
    },
    warnings: document.warnings.map(warning),
  };
}

/** Every unit total the document prints; `checked` where the projects are reconciled against it. */
function statedUnits(stated: ProjectTargetsDocument['stated']) {
  const checked = new Set(reconcilableUnitTotals(stated));
  return (stated.units ?? []).map((unit) => ({
    unitCode: unit.unitCode,
    unitName: unit.unitName,
    budget: unit.budget.toFixed(2),
    line: unit.line,
    source: unit.source,
    checked: checked.has(unit),
  }));
}

function departmentDocument(document: DepartmentTargetsDocument) {
  return {
    kind: document.kind,
    layout: document.layout,
    year: document.year,
    department: document.department,
    budget: { total: money(document.budget.total), fiscal: money(document.budget.fiscal), other: money(document.budget.other) },
    goal: document.goal,
    tasks: document.tasks.map((task) => ({ ...task, budget: money(task.budget) })),
    indicators: document.indicators.map(indicator),
    stated: { budget: money(document.stated.budget), line: document.stated.line },
    totals: { tasks: document.totals.tasks, indicators: document.totals.indicators, budget: money(document.totals.budget) },
    warnings: document.warnings.map(warning),
  };
}

function project(p: ImportedProject) {
  return {
    unitCode: p.unitCode,
    unitName: p.unitName,
    code: p.code,
    name: p.name,
    category: p.category,
    budget: money(p.budget),
    fiscalBudget: money(p.fiscalBudget),
    otherBudget: money(p.otherBudget),
    goal: p.goal,
    competentDepartment: p.competentDepartment,
    implementingUnit: p.implementingUnit,
    line: p.line,
    indicators: p.indicators.map(indicator),
  };
}

function indicator(i: ImportedIndicator) {
  return {
    level1: i.level1,
    level2: i.level2,
    level1Printed: i.level1Printed,
    level2Printed: i.level2Printed,
    level3: i.level3,
    explanation: i.explanation,
    operator: i.operator,
    kind: i.target.kind,
    target: target(i.target),
    unit: i.unit,
    weight: i.weight?.toString() ?? null,
    direction: i.direction,
    text: i.text,
    line: i.line,
  };
}

function target(value: IndicatorValue): string | null {
  return value.kind === 'empty' ? null : valueCell(value);
}

/** Money as printed in the tables: two decimals. */
function money(value: Decimal | null): string | null {
  return value === null ? null : value.toFixed(2);
}

function warning(w: ImportWarning) {
  return { code: w.code, message: w.message, line: w.line };
}
