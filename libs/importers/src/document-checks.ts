import { Decimal } from '@jixiao/decimal';
import {
  DepartmentTargetsDocument,
  ImportedIndicator,
  ImportWarning,
  ProjectTargetsDocument,
} from './imported-document';
import { rowName } from './printed-indicator';
import { CatalogueMatch, matchLevel1, matchLevel2 } from './indicator-catalogue';
import { reconcilableUnitTotals, unitBudgetSums, unitKey } from './stated-unit-totals';

/** A project's weights add up to 90 (100 minus the 10 points of 预算执行率) or, on some forms, 100. */
const ACCEPTED_WEIGHT_SUMS = [Decimal.fromInt(90), Decimal.fromInt(100)];

/**
 * The checks every project-targets document gets, whatever its layout: totals, stated versus summed,
 * weights per project, level names against the catalogue, duplicated projects. Returns a new document
 * with totals filled in, level names mapped to the catalogue and the warnings appended; never changes a
 * printed figure or name.
 */
export function checkProjectDocument(document: ProjectTargetsDocument): ProjectTargetsDocument {
  const warnings: ImportWarning[] = [];
  const projects = document.projects.map((project) => ({
    ...project,
    indicators: project.indicators.map((indicator) => mapLevels(indicator, warnings)),
  }));
  const budget = Decimal.sum(projects.flatMap((project) => (project.budget ? [project.budget] : [])));
  const totals = {
    projects: projects.length,
    indicators: projects.reduce((n, project) => n + project.indicators.length, 0),
    budget,
  };
  const { stated } = document;
  const statedLine = stated.line ?? null;
  if (stated.budget !== null && !stated.budget.eq(budget)) {
    warnings.push({
      code: 'STATED_TOTAL_MISMATCH',
      message:
        `the document states ${stated.budget.toFixed(2)} 万元 but its projects add up to ${budget.toFixed(2)} 万元 ` +
        `(difference ${budget.sub(stated.budget).toFixed(2)}); both kept as printed`,
      line: statedLine,
    });
  }
  if (stated.projects !== null && stated.projects !== totals.projects) {
    warnings.push({
      code: 'STATED_COUNT_MISMATCH',
      message: `the document states ${stated.projects} projects but its table has ${totals.projects}`,
      line: statedLine,
    });
  }
  checkUnitTotals(document.stated, projects, warnings);
  for (const project of projects) checkWeights(`project 「${project.name}」 (line ${project.line})`, project.line, project.indicators, warnings);
  checkDuplicates(projects, warnings);
  return { ...document, projects, totals, warnings: [...document.warnings, ...warnings] };
}

/**
 * The same checks for a 部门整体 document: totals counted, the indicators' weights against 90 or 100 (Leshan
 * prints weights, Dachuan none), level names against the catalogue.
 */
export function checkDepartmentDocument(document: DepartmentTargetsDocument): DepartmentTargetsDocument {
  const warnings: ImportWarning[] = [];
  const indicators = document.indicators.map((indicator) => mapLevels(indicator, warnings));
  const taskBudgets = document.tasks.flatMap((task) => (task.budget ? [task.budget] : []));
  const totals = {
    tasks: document.tasks.length,
    indicators: indicators.length,
    budget: taskBudgets.length === 0 ? null : Decimal.sum(taskBudgets),
  };
  const line = indicators[0]?.line ?? document.stated.line;
  checkWeights(`部门整体 indicators (line ${line})`, line, indicators, warnings);
  return { ...document, indicators, totals, warnings: [...document.warnings, ...warnings] };
}

/** Each unit total the projects can be checked against (Leshan: 782.20 stated, 782.21 summed). */
function checkUnitTotals(
  stated: ProjectTargetsDocument['stated'],
  projects: ProjectTargetsDocument['projects'],
  warnings: ImportWarning[],
): void {
  const sums = unitBudgetSums(projects);
  for (const unit of reconcilableUnitTotals(stated)) {
    const sum = sums.get(unitKey(unit.unitCode, unit.unitName))?.budget ?? Decimal.ZERO;
    if (sum.eq(unit.budget)) continue;
    warnings.push({
      code: 'STATED_UNIT_TOTAL_MISMATCH',
      message:
        `unit ${unit.unitCode ?? ''} ${unit.unitName}: the document states ${unit.budget.toFixed(2)} 万元 (line ${unit.line}) ` +
        `but its projects add up to ${sum.toFixed(2)} 万元 (difference ${sum.sub(unit.budget).toFixed(2)}); both kept as printed`,
      line: unit.line,
    });
  }
}

/** `what` names the table in the message: `project 「…」 (line n)` or `部门整体 indicators (line n)`. */
function checkWeights(
  what: string,
  line: number | null,
  indicators: ImportedIndicator[],
  warnings: ImportWarning[],
): void {
  // One pass, no intermediate array: this runs for every project of a province-scale document.
  let sum = Decimal.ZERO;
  let weighted = 0;
  for (const indicator of indicators) {
    if (!indicator.weight) continue;
    sum = sum.add(indicator.weight);
    weighted += 1;
  }
  if (weighted === 0) return; // a layout without weights (Lanshan)
  const missing = indicators.length - weighted;
  if (missing > 0) {
    warnings.push({
      code: 'WEIGHT_SUM',
      message: `${what}: weights add up to ${sum} with ${missing} weight(s) missing; cannot be checked against 90 or 100`,
      line,
    });
  } else if (!ACCEPTED_WEIGHT_SUMS.some((accepted) => accepted.eq(sum))) {
    warnings.push({
      code: 'WEIGHT_SUM',
      message: `${what}: weights add up to ${sum}, not 90 or 100`,
      line,
    });
  }
}

function checkDuplicates(projects: ProjectTargetsDocument['projects'], warnings: ImportWarning[]): void {
  const seen = new Map<string, number>();
  for (const project of projects) {
    const key = [project.unitCode ?? project.unitName ?? '', project.code ?? '', project.name].join('\u0000');
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, project.line);
      continue;
    }
    warnings.push({
      code: 'DUPLICATE_PROJECT',
      message: `project 「${project.name}」 at line ${project.line} repeats the project at line ${first}; both kept`,
      line: project.line,
    });
  }
}

/**
 * Level names mapped to the catalogue; a name outside it is kept as printed and warned about. Mapped from
 * the printed names, which stay as they are beside the catalogue ones.
 */
function mapLevels(indicator: ImportedIndicator, warnings: ImportWarning[]): ImportedIndicator {
  const { level1Printed, level2Printed } = indicator;
  const level1 = mapLevel('一级指标', level1Printed, matchLevel1(level1Printed), indicator, warnings);
  const level2 = mapLevel('二级指标', level2Printed, matchLevel2(level2Printed), indicator, warnings);
  return level1 === indicator.level1 && level2 === indicator.level2 ? indicator : { ...indicator, level1, level2 };
}

function mapLevel(
  what: string,
  printed: string,
  match: CatalogueMatch | null,
  indicator: ImportedIndicator,
  warnings: ImportWarning[],
): string {
  if (match === null) {
    const shown = printed === '' ? 'is empty' : `「${printed}」 is not in the indicator catalogue; kept as printed`;
    warnings.push({ code: 'LEVEL_NOT_IN_CATALOGUE', message: `${rowName(indicator)}: ${what} ${shown}`, line: indicator.line });
    return printed;
  }
  if (match.kind === 'near-miss') {
    warnings.push({
      code: 'LEVEL_NOT_IN_CATALOGUE',
      message: `${rowName(indicator)}: ${what} 「${printed}」 is not in the indicator catalogue; read as 「${match.name}」`,
      line: indicator.line,
    });
  }
  return match.name;
}
