import { IndicatorValue, normalisePrintedText } from '@jixiao/indicator-value';
import { ImportedIndicator, ImportedProject, ProjectTargetsDocument } from '../imported-document';
import { DIRECTION_WORDS, TemplateRow } from './template-columns';

/** The rows of the template for some documents: one per indicator, one for a project without indicators. */
export function toTemplateRows(documents: ProjectTargetsDocument[]): TemplateRow[] {
  const rows: TemplateRow[] = [];
  for (const document of documents) {
    for (const project of document.projects) {
      const projectCells = projectRowCells(document, project);
      if (project.indicators.length === 0) rows.push({ ...projectCells, ...indicatorRowCells(null) });
      for (const indicator of project.indicators) rows.push({ ...projectCells, ...indicatorRowCells(indicator) });
    }
  }
  return rows;
}

function projectRowCells(document: ProjectTargetsDocument, project: ImportedProject) {
  return {
    departmentCode: document.department.code ?? '',
    departmentName: document.department.name ?? '',
    year: document.year === null ? '' : String(document.year),
    unitCode: project.unitCode ?? '',
    unitName: project.unitName ?? '',
    projectCode: project.code ?? '',
    projectName: project.name,
    category: project.category ?? '',
    competentDepartment: project.competentDepartment ?? '',
    implementingUnit: project.implementingUnit ?? '',
    budget: project.budget?.toString() ?? '',
    fiscalBudget: project.fiscalBudget?.toString() ?? '',
    otherBudget: project.otherBudget?.toString() ?? '',
    goal: project.goal ?? '',
  };
}

function indicatorRowCells(indicator: ImportedIndicator | null) {
  if (indicator === null) {
    return { level1: '', level2: '', level3: '', explanation: '', operator: '', value: '', unit: '', weight: '', direction: '' };
  }
  return {
    level1: indicator.level1Printed,
    level2: indicator.level2Printed,
    level3: indicator.level3,
    explanation: indicator.explanation ?? '',
    operator: indicator.operator ?? '',
    value: valueCell(indicator.target),
    unit: indicator.unit ?? '',
    weight: indicator.weight?.toString() ?? '',
    direction: DIRECTION_WORDS[indicator.direction],
  };
}

/**
 * 指标值 without the operator and unit, which have their own columns: `5`, `8月底前`, `优`, `据实`. A deadline
 * is its printed date with the extraction's spaces removed (`= 12 月` → `12月`), the one form the JSON
 * report and the template share (its unit column stays empty: see indicatorUnit).
 */
export function valueCell(target: IndicatorValue): string {
  switch (target.kind) {
    case 'number':
      return target.amount.toString();
    case 'qualitative':
      return target.label;
    case 'as-actual':
      return '据实';
    case 'deadline':
      return normalisePrintedText(target.text).replace(/^(?:>=|<=|定性|[≥≤=><])/, '');
    case 'empty':
      return '';
  }
}
