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

/**
 * The plain-JSON report of an import, for the CLI and the API. Every number is a decimal string
 * (`"1672.81"`, weight `"20"`, or null); `operator` is one of `= ≥ ≤ > < 定性` or null; `target` is the
 * target as printed without operator and unit (`"5"`, `"优"`, `"8月底前"`, `"据实"`); `direction` is the
 * English of 指标方向性: `positive` (正向), `reverse` (反向), `exact` (等于) — the names of the domain type.
 */
export function toImportReportJson(result: ImportResult) {
  return { documents: result.documents.map((d) => (d.kind === 'project-targets' ? projectDocument(d) : departmentDocument(d))) };
}

export type ImportReportJson = ReturnType<typeof toImportReportJson>;

function projectDocument(document: ProjectTargetsDocument) {
  return {
    kind: document.kind,
    layout: document.layout,
    year: document.year,
    department: document.department,
    projects: document.projects.map(project),
    stated: { projects: document.stated.projects, budget: money(document.stated.budget), line: document.stated.line ?? null },
    totals: {
      projects: document.totals.projects,
      indicators: document.totals.indicators,
      budget: document.totals.budget.toFixed(2),
    },
    warnings: document.warnings.map(warning),
  };
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
