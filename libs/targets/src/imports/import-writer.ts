import { randomUUID } from 'node:crypto';
import { DepartmentTargetsDocument, ImportedProject, ProjectTargetsDocument } from '@jixiao/importers';
import { AppConfig } from '@jixiao/config';
import { allowLongStatements } from '@jixiao/database';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { BulkColumn, bulkInsert, bulkUpdate } from '../common/bulk-sql';
import { codeOrNameKey, importedProjectKey } from '../common/natural-key';
import { DocumentTarget } from './import-departments';
import { DocumentChanges, ImportChanges, ProjectTargetsChanges } from './import-changes';
import {
  DepartmentTargetContent,
  IncomingProject,
  planDepartmentTarget,
  planProjects,
  ProjectWrite,
  StoredProject,
} from './import-plan';
import { IndicatorRow, indicatorRow } from './indicator-row';
import { insertIndicators } from './insert-indicators';
import { documentStatedTotals, StatedTotalRow, statedTotalsStatus } from '../stated-totals/stated-totals-plan';
import { loadStatedTotals, replaceStatedTotals } from '../stated-totals/stated-totals-store';

const INDICATOR_COLUMNS = `level1, level2, level1_printed AS "level1Printed", level2_printed AS "level2Printed", level3, explanation, operator, target_kind AS "targetKind",
  target_amount AS "targetAmount", target_text AS "targetText", target::text AS target, unit, weight, direction,
  printed_text AS "printedText", source_line AS "sourceLine"`;

/**
 * Writes parsed documents into the target tables with set-based statements (unnest arrays, a few
 * statements per table whatever the size of the file). Runs inside the caller's transaction, so a
 * failure anywhere leaves nothing half written.
 */
@Injectable()
export class TargetImportWriter {
  constructor(private readonly config: AppConfig) {}

  async write(manager: EntityManager, targets: DocumentTarget[]): Promise<ImportChanges> {
    await allowLongStatements(manager, this.config.DATABASE_BULK_STATEMENT_TIMEOUT_MS);
    const documents: DocumentChanges[] = [];
    for (const [, group] of groupProjectDocuments(targets))
      documents.push(await this.writeProjects(manager, group));
    for (const target of targets) {
      if (target.document.kind === 'department-targets') {
        documents.push(
          await this.writeDepartmentTarget(manager, target.document, requireId(target), target.fiscalYear),
        );
      }
    }
    const summary = { created: 0, updated: 0, unchanged: 0, missing: 0 };
    for (const doc of documents) {
      if (doc.kind === 'project-targets') {
        for (const project of doc.projects) summary[project.status] += 1;
        summary.missing += doc.missing.length;
      }
    }
    const unchanged = documents.every((doc) =>
      doc.kind === 'project-targets'
        ? doc.projects.every((p) => p.status === 'unchanged') &&
          ['unchanged', 'not-stated'].includes(doc.statedTotals.status)
        : doc.status === 'unchanged',
    );
    return { unchanged, summary, documents };
  }

  private async writeProjects(manager: EntityManager, group: ProjectGroup): Promise<DocumentChanges> {
    const { departmentId, fiscalYear, projects } = group;
    const stated = documentStatedTotals(group.stated);
    // Serialise imports of the same department and year, so two uploads cannot diff against the same state.
    await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
      `targets:${departmentId}:${fiscalYear}`,
    ]);
    // A unit the documents state a total for exists even where it lists no project (its sum is then 0).
    const unitIds = await this.upsertUnits(manager, departmentId, [...projects, ...stated.filter((s) => s.unitKey)]);
    const incoming: IncomingProject[] = projects.map((project) => {
      return {
        naturalKey: importedProjectKey(project),
        unitId: unitIds.get(codeOrNameKey(project.unitCode, project.unitName)) ?? null,
        code: project.code,
        name: project.name,
        category: project.category,
        budget: project.budget?.toString() ?? null,
        fiscalBudget: project.fiscalBudget?.toString() ?? null,
        otherBudget: project.otherBudget?.toString() ?? null,
        goal: project.goal,
        competentDepartment: project.competentDepartment,
        implementingUnit: project.implementingUnit,
        indicators: project.indicators.map(indicatorRow),
        line: project.line,
      };
    });
    const stored = await this.loadProjects(manager, departmentId, fiscalYear);
    const plan = planProjects(departmentId, fiscalYear, incoming, stored, randomUUID);

    if (plan.inserts.length > 0) {
      await bulkInsert(manager, 'project', [
        ...projectColumns(plan.inserts),
        { name: 'department_id', type: 'uuid', values: plan.inserts.map(() => departmentId) },
        { name: 'fiscal_year', type: 'int', values: plan.inserts.map(() => fiscalYear) },
        { name: 'version', type: 'int', values: plan.inserts.map(() => 1) },
      ]);
    }
    if (plan.updates.length > 0) {
      await bulkUpdate(manager, 'project', projectColumns(plan.updates), [
        'version = t.version + 1',
        'updated_at = now()',
      ]);
    }
    const created = new Set(plan.inserts.map((project) => project.id));
    const replaced = plan.indicatorTables.map((table) => table.projectId).filter((id) => !created.has(id));
    if (replaced.length > 0)
      await manager.query('DELETE FROM indicator WHERE project_id = ANY($1::uuid[])', [replaced]);
    await insertIndicators(
      manager,
      'indicator',
      'project_id',
      plan.indicatorTables.map((t) => ({ ownerId: t.projectId, rows: t.rows })),
    );
    const rows: StatedTotalRow[] = stated.map((total) => ({
      unitId: total.unitKey === null ? null : unitIds.get(total.unitKey)!,
      projects: total.projects,
      budget: total.budget,
      source: 'import',
      sourceLine: total.sourceLine,
    }));
    plan.changes.statedTotals = await this.writeStatedTotals(manager, departmentId, fiscalYear, rows);
    return plan.changes;
  }

  /** Documents that state totals replace the stored ones; documents that state none (the template) leave them. */
  private async writeStatedTotals(
    manager: EntityManager,
    departmentId: string,
    fiscalYear: number,
    rows: StatedTotalRow[],
  ): Promise<ProjectTargetsChanges['statedTotals']> {
    if (rows.length === 0) return { status: 'not-stated', budget: null, units: 0 };
    const status = statedTotalsStatus(await loadStatedTotals(manager, departmentId, fiscalYear), rows);
    if (status !== 'unchanged') await replaceStatedTotals(manager, departmentId, fiscalYear, rows);
    return {
      status,
      budget: rows.find((row) => row.unitId === null)?.budget ?? null,
      units: rows.filter((row) => row.unitId !== null).length,
    };
  }

  /** Units by natural key within the department: created when new, renamed when the document renames them. */
  private async upsertUnits(
    manager: EntityManager,
    departmentId: string,
    projects: Pick<ImportedProject, 'unitCode' | 'unitName'>[],
  ): Promise<Map<string, string>> {
    const units = new Map<string, { code: string | null; name: string }>();
    for (const project of projects) {
      const key = codeOrNameKey(project.unitCode, project.unitName);
      if (key !== '' && !units.has(key))
        units.set(key, { code: project.unitCode?.trim() || null, name: project.unitName?.trim() || key });
    }
    if (units.size === 0) return new Map();
    const keys = [...units.keys()];
    const columns: BulkColumn[] = [
      { name: 'department_id', type: 'uuid', values: keys.map(() => departmentId) },
      { name: 'natural_key', type: 'text', values: keys },
      { name: 'code', type: 'text', values: keys.map((k) => units.get(k)!.code) },
      { name: 'name', type: 'text', values: keys.map((k) => units.get(k)!.name) },
    ];
    await bulkInsert(manager, 'budget_unit', columns, 'ON CONFLICT (department_id, natural_key) DO NOTHING');
    await manager.query(
      `UPDATE budget_unit b SET name = u.name FROM unnest($1::text[], $2::text[]) AS u(natural_key, name)
       WHERE b.department_id = $3 AND b.natural_key = u.natural_key AND b.name IS DISTINCT FROM u.name`,
      [keys, keys.map((k) => units.get(k)!.name), departmentId],
    );
    const rows: { id: string; naturalKey: string }[] = await manager.query(
      'SELECT id, natural_key AS "naturalKey" FROM budget_unit WHERE department_id = $1 AND natural_key = ANY($2::text[])',
      [departmentId, keys],
    );
    return new Map(rows.map((row) => [row.naturalKey, row.id]));
  }

  private async loadProjects(
    manager: EntityManager,
    departmentId: string,
    fiscalYear: number,
  ): Promise<StoredProject[]> {
    const projects: StoredProject[] = await manager.query(
      `SELECT id, natural_key AS "naturalKey", unit_id AS "unitId", code, name, category, budget,
              fiscal_budget AS "fiscalBudget", other_budget AS "otherBudget", goal,
              competent_department AS "competentDepartment", implementing_unit AS "implementingUnit"
         FROM project WHERE department_id = $1 AND fiscal_year = $2`,
      [departmentId, fiscalYear],
    );
    if (projects.length === 0) return [];
    const indicators: (IndicatorRow & { ownerId: string })[] = await manager.query(
      `SELECT i.project_id AS "ownerId", ${INDICATOR_COLUMNS}
         FROM indicator i JOIN project p ON p.id = i.project_id
        WHERE p.department_id = $1 AND p.fiscal_year = $2 ORDER BY i.project_id, i.position`,
      [departmentId, fiscalYear],
    );
    const byProject = groupBy(indicators);
    return projects.map((project) => ({ ...project, indicators: byProject.get(project.id) ?? [] }));
  }

  private async writeDepartmentTarget(
    manager: EntityManager,
    document: DepartmentTargetsDocument,
    departmentId: string,
    fiscalYear: number,
  ): Promise<DocumentChanges> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
      `department-targets:${departmentId}:${fiscalYear}`,
    ]);
    const incoming: DepartmentTargetContent = {
      budget: document.budget.total?.toString() ?? null,
      fiscalBudget: document.budget.fiscal?.toString() ?? null,
      otherBudget: document.budget.other?.toString() ?? null,
      goal: document.goal,
      tasks: document.tasks.map((task) => ({
        name: task.name,
        content: task.content,
        budget: task.budget?.toString() ?? null,
      })),
      indicators: document.indicators.map(indicatorRow),
    };
    const stored = await this.loadDepartmentTarget(manager, departmentId, fiscalYear);
    const plan = planDepartmentTarget(departmentId, fiscalYear, incoming, stored, randomUUID);
    const values = [plan.id, incoming.budget, incoming.fiscalBudget, incoming.otherBudget, incoming.goal];
    if (plan.insert) {
      await manager.query(
        `INSERT INTO department_target (id, budget, fiscal_budget, other_budget, goal, department_id, fiscal_year)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [...values, departmentId, fiscalYear],
      );
    } else if (plan.update) {
      await manager.query(
        'UPDATE department_target SET budget = $2, fiscal_budget = $3, other_budget = $4, goal = $5 WHERE id = $1',
        values,
      );
    }
    if (plan.replaceTasks) {
      await manager.query('DELETE FROM department_task WHERE department_target_id = $1', [plan.id]);
      await bulkInsert(manager, 'department_task', [
        { name: 'department_target_id', type: 'uuid', values: incoming.tasks.map(() => plan.id) },
        { name: 'position', type: 'int', values: incoming.tasks.map((_, i) => i) },
        { name: 'name', type: 'text', values: incoming.tasks.map((t) => t.name) },
        { name: 'content', type: 'text', values: incoming.tasks.map((t) => t.content) },
        { name: 'budget', type: 'numeric', values: incoming.tasks.map((t) => t.budget) },
      ]);
    }
    if (plan.replaceIndicators) {
      await manager.query('DELETE FROM department_indicator WHERE department_target_id = $1', [plan.id]);
      await insertIndicators(manager, 'department_indicator', 'department_target_id', [
        { ownerId: plan.id, rows: incoming.indicators },
      ]);
    }
    return plan.changes;
  }

  private async loadDepartmentTarget(
    manager: EntityManager,
    departmentId: string,
    fiscalYear: number,
  ): Promise<(DepartmentTargetContent & { id: string }) | null> {
    const [target]: {
      id: string;
      budget: string | null;
      fiscalBudget: string | null;
      otherBudget: string | null;
      goal: string | null;
    }[] = await manager.query(
      `SELECT id, budget, fiscal_budget AS "fiscalBudget", other_budget AS "otherBudget", goal
           FROM department_target WHERE department_id = $1 AND fiscal_year = $2`,
      [departmentId, fiscalYear],
    );
    if (!target) return null;
    const tasks = await manager.query(
      'SELECT name, content, budget FROM department_task WHERE department_target_id = $1 ORDER BY position',
      [target.id],
    );
    const indicators = await manager.query(
      `SELECT ${INDICATOR_COLUMNS} FROM department_indicator WHERE department_target_id = $1 ORDER BY position`,
      [target.id],
    );
    return { ...target, tasks, indicators };
  }
}

interface ProjectGroup {
  departmentId: string;
  fiscalYear: number;
  projects: ImportedProject[];
  stated: ProjectTargetsDocument['stated'][];
}

/** Project documents of one department and year are diffed together (a file may split them). */
function groupProjectDocuments(targets: DocumentTarget[]): Map<string, ProjectGroup> {
  const groups = new Map<string, ProjectGroup>();
  for (const target of targets) {
    if (target.document.kind !== 'project-targets') continue;
    const departmentId = requireId(target);
    const key = `${departmentId}:${target.fiscalYear}`;
    const group = groups.get(key) ?? { departmentId, fiscalYear: target.fiscalYear, projects: [], stated: [] };
    const document = target.document as ProjectTargetsDocument;
    group.projects.push(...document.projects);
    group.stated.push(document.stated);
    groups.set(key, group);
  }
  return groups;
}

function requireId(target: DocumentTarget): string {
  if (target.departmentId === null) throw new Error('department not resolved before writing');
  return target.departmentId;
}

function groupBy<T extends { ownerId: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(row.ownerId);
    if (list) list.push(row);
    else groups.set(row.ownerId, [row]);
  }
  return groups;
}

function projectColumns(projects: ProjectWrite[]): BulkColumn[] {
  const column = (name: string, type: string, pick: (p: ProjectWrite) => unknown): BulkColumn => ({
    name,
    type,
    values: projects.map(pick),
  });
  return [
    column('id', 'uuid', (p) => p.id),
    column('unit_id', 'uuid', (p) => p.unitId),
    column('code', 'text', (p) => p.code),
    column('name', 'text', (p) => p.name),
    column('natural_key', 'text', (p) => p.naturalKey),
    column('category', 'text', (p) => p.category),
    column('budget', 'numeric', (p) => p.budget),
    column('fiscal_budget', 'numeric', (p) => p.fiscalBudget),
    column('other_budget', 'numeric', (p) => p.otherBudget),
    column('goal', 'text', (p) => p.goal),
    column('competent_department', 'text', (p) => p.competentDepartment),
    column('implementing_unit', 'text', (p) => p.implementingUnit),
  ];
}
