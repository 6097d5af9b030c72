import { Decimal } from '@jixiao/decimal';
import {
  ImportedProject,
  ProjectTargetsDocument,
  writeTemplateCsv,
  writeTemplateXlsx,
} from '@jixiao/importers';
import { Direction, Operator } from '@jixiao/indicator-value';
import { AuthUser } from '@jixiao/people';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { reviveTarget } from '../imports/indicator-row';
import { Project } from '../entities';
import { applyScope } from '../common/scope';
import { ExportQuery } from './project.dto';

export interface ExportFile {
  bytes: Buffer;
  contentType: string;
  filename: string;
}

interface StoredIndicator {
  projectId: string;
  level1: string;
  level2: string;
  level1Printed: string | null;
  level2Printed: string | null;
  level3: string;
  explanation: string | null;
  operator: string | null;
  target: Record<string, unknown>;
  unit: string | null;
  weight: string | null;
  direction: string;
  printedText: string;
  sourceLine: number | null;
}

const decimal = (value: Decimal | string | null) =>
  value === null ? null : typeof value === 'string' ? Decimal.parse(value) : value;

/**
 * The spreadsheet template (one indicator per row) of the projects in scope, grouped into one document per
 * department and year: what a user edits in Excel and imports again.
 */
@Injectable()
export class ProjectExportService {
  constructor(private readonly dataSource: DataSource) {}

  async export(query: ExportQuery, user: AuthUser): Promise<ExportFile> {
    const documents = await this.documents(query, user);
    const stem = `projects-${query.year ?? 'all'}`;
    if (query.format === 'csv') {
      // writeTemplateCsv starts with the BOM Excel on Chinese Windows needs; a second one would show in A1.
      return {
        bytes: Buffer.from(writeTemplateCsv(documents), 'utf8'),
        contentType: 'text/csv; charset=utf-8',
        filename: `${stem}.csv`,
      };
    }
    return {
      bytes: await writeTemplateXlsx(documents),
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      filename: `${stem}.xlsx`,
    };
  }

  async documents(
    query: Pick<ExportQuery, 'departmentId' | 'year'>,
    user: AuthUser,
  ): Promise<ProjectTargetsDocument[]> {
    const qb = applyScope(
      this.dataSource
        .getRepository(Project)
        .createQueryBuilder('p')
        .innerJoinAndSelect('p.department', 'd')
        .leftJoinAndSelect('p.unit', 'u'),
      user,
      { department: 'p.departmentId', unit: 'p.unitId' },
    );
    if (query.departmentId)
      qb.andWhere('p.departmentId = :departmentId', { departmentId: query.departmentId });
    if (query.year) qb.andWhere('p.fiscalYear = :year', { year: query.year });
    const projects = await qb
      .orderBy('d.naturalKey')
      .addOrderBy('p.fiscalYear')
      .addOrderBy('u.naturalKey')
      .addOrderBy('p.naturalKey')
      .getMany();
    if (projects.length === 0) return [];
    const indicators: StoredIndicator[] = await this.dataSource.query(
      `SELECT project_id AS "projectId", level1, level2, level1_printed AS "level1Printed", level2_printed AS "level2Printed", level3, explanation, operator, target, unit, weight, direction,
              printed_text AS "printedText", source_line AS "sourceLine"
         FROM indicator WHERE project_id = ANY($1::uuid[]) ORDER BY project_id, position`,
      [projects.map((p) => p.id)],
    );
    const byProject = new Map<string, StoredIndicator[]>();
    for (const row of indicators)
      byProject.set(row.projectId, [...(byProject.get(row.projectId) ?? []), row]);

    const documents = new Map<string, ProjectTargetsDocument>();
    for (const project of projects) {
      const key = `${project.departmentId}:${project.fiscalYear}`;
      let document = documents.get(key);
      if (!document) {
        document = {
          kind: 'project-targets',
          layout: 'template',
          year: project.fiscalYear,
          department: { code: project.department?.code ?? null, name: project.department?.name ?? null },
          projects: [],
          stated: { projects: null, budget: null },
          totals: { projects: 0, indicators: 0, budget: Decimal.ZERO },
          warnings: [],
        };
        documents.set(key, document);
      }
      const exported = exportedProject(project, byProject.get(project.id) ?? []);
      document.projects.push(exported);
      document.totals.projects += 1;
      document.totals.indicators += exported.indicators.length;
      document.totals.budget = document.totals.budget.add(exported.budget ?? Decimal.ZERO);
    }
    return [...documents.values()];
  }
}

function exportedProject(project: Project, indicators: StoredIndicator[]): ImportedProject {
  return {
    unitCode: project.unit?.code ?? null,
    unitName: project.unit?.name ?? null,
    code: project.code,
    name: project.name,
    category: project.category as ImportedProject['category'],
    budget: decimal(project.budget),
    fiscalBudget: decimal(project.fiscalBudget),
    otherBudget: decimal(project.otherBudget),
    goal: project.goal,
    competentDepartment: project.competentDepartment,
    implementingUnit: project.implementingUnit,
    line: 0,
    indicators: indicators.map((row) => ({
      level1: row.level1,
      level2: row.level2,
      // The template's level columns take the printed names (see TEMPLATE_COLUMNS).
      level1Printed: row.level1Printed ?? row.level1,
      level2Printed: row.level2Printed ?? row.level2,
      level3: row.level3,
      explanation: row.explanation,
      operator: row.operator as Operator | null,
      target: reviveTarget(row.target),
      unit: row.unit,
      weight: decimal(row.weight),
      direction: row.direction as Direction,
      text: row.printedText,
      line: row.sourceLine ?? 0,
    })),
  };
}
