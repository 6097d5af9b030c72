import { DuplicateProjectError } from './duplicate-project.error';
import { DepartmentTargetsChanges, ProjectChange, ProjectTargetsChanges } from './import-changes';
import { IndicatorRow, sameDecimal, sameIndicators } from './indicator-row';

/** A project's own columns, decimals as strings: what the import compares and writes. */
export interface ProjectFields {
  unitId: string | null;
  code: string | null;
  name: string;
  category: string | null;
  budget: string | null;
  fiscalBudget: string | null;
  otherBudget: string | null;
  goal: string | null;
  competentDepartment: string | null;
  implementingUnit: string | null;
}

const DECIMAL_FIELDS = new Set<keyof ProjectFields>(['budget', 'fiscalBudget', 'otherBudget']);
/** A project's own fields: what an import compares, and (with its keys) what an audit entry shows. */
export const PROJECT_FIELDS: (keyof ProjectFields)[] = [
  'unitId',
  'code',
  'name',
  'category',
  'budget',
  'fiscalBudget',
  'otherBudget',
  'goal',
  'competentDepartment',
  'implementingUnit',
];

export interface IncomingProject extends ProjectFields {
  naturalKey: string;
  indicators: IndicatorRow[];
  /** Line in the source, to name a duplicate. */
  line: number;
}

export interface StoredProject extends ProjectFields {
  id: string;
  naturalKey: string;
  indicators: IndicatorRow[];
}

export interface ProjectWrite extends ProjectFields {
  id: string;
  naturalKey: string;
}

export interface ProjectsPlan {
  inserts: ProjectWrite[];
  updates: ProjectWrite[];
  /** Projects whose indicator table is replaced (old rows deleted, these inserted in printed order). */
  indicatorTables: { projectId: string; rows: IndicatorRow[] }[];
  changes: ProjectTargetsChanges;
}

function changedFields<T extends object>(
  fields: (keyof T)[],
  decimals: Set<keyof T>,
  before: T,
  after: T,
): string[] {
  return fields
    .filter((field) => {
      const a = before[field] as string | null;
      const b = after[field] as string | null;
      return decimals.has(field) ? !sameDecimal(a, b) : a !== b;
    })
    .map(String);
}

/** Two projects of one document with the same natural key are refused, naming both lines. */
export function assertUniqueProjects<
  T extends { naturalKey: string; name: string; code: string | null; line: number },
>(projects: T[]): Map<string, T> {
  const seen = new Map<string, T>();
  for (const project of projects) {
    const first = seen.get(project.naturalKey);
    if (first) {
      throw new DuplicateProjectError(project, [first.line, project.line]);
    }
    seen.set(project.naturalKey, project);
  }
  return seen;
}

/**
 * The diff between a document's projects and what is stored for the same department and year:
 * new projects are inserted, changed ones updated in place (their indicator tables replaced when
 * they differ), identical ones left alone.
 */
export function planProjects(
  departmentId: string,
  fiscalYear: number,
  incoming: IncomingProject[],
  stored: StoredProject[],
  newId: () => string,
): ProjectsPlan {
  const seen = assertUniqueProjects(incoming);
  const byKey = new Map(stored.map((project) => [project.naturalKey, project]));
  const plan: ProjectsPlan = {
    inserts: [],
    updates: [],
    indicatorTables: [],
    changes: {
      kind: 'project-targets',
      departmentId,
      fiscalYear,
      projects: [],
      missing: [],
      // Set by the writer, which reads the documents' statements.
      statedTotals: { status: 'not-stated', budget: null, units: 0 },
    },
  };
  for (const project of incoming) {
    const existing = byKey.get(project.naturalKey);
    const change: ProjectChange = {
      status: 'created',
      projectId: existing?.id ?? newId(),
      code: project.code,
      name: project.name,
      changedFields: [],
      indicators: { before: existing?.indicators.length ?? 0, after: project.indicators.length },
    };
    const write: ProjectWrite = {
      ...pickFields(project),
      id: change.projectId,
      naturalKey: project.naturalKey,
    };
    if (!existing) {
      plan.inserts.push(write);
      plan.indicatorTables.push({ projectId: write.id, rows: project.indicators });
    } else {
      change.changedFields = changedFields(
        PROJECT_FIELDS,
        DECIMAL_FIELDS,
        pickFields(existing),
        pickFields(project),
      );
      const indicatorsChanged = !sameIndicators(existing.indicators, project.indicators);
      if (indicatorsChanged) {
        change.changedFields.push('indicators');
        plan.indicatorTables.push({ projectId: existing.id, rows: project.indicators });
      }
      change.status = change.changedFields.length > 0 ? 'updated' : 'unchanged';
      if (change.status === 'updated') plan.updates.push(write);
    }
    plan.changes.projects.push(change);
  }
  for (const project of stored) {
    if (!seen.has(project.naturalKey))
      plan.changes.missing.push({ projectId: project.id, code: project.code, name: project.name });
  }
  return plan;
}

function pickFields(project: ProjectFields): ProjectFields {
  return Object.fromEntries(
    PROJECT_FIELDS.map((field) => [field, project[field]]),
  ) as unknown as ProjectFields;
}

/** A department's 部门整体 targets for one year: budget split, goal, tasks, indicators. */
export interface DepartmentTargetFields {
  budget: string | null;
  fiscalBudget: string | null;
  otherBudget: string | null;
  goal: string | null;
}

export interface TaskRow {
  name: string;
  content: string;
  budget: string | null;
}

export interface DepartmentTargetContent extends DepartmentTargetFields {
  tasks: TaskRow[];
  indicators: IndicatorRow[];
}

export interface DepartmentTargetPlan {
  id: string;
  insert: boolean;
  update: boolean;
  replaceTasks: boolean;
  replaceIndicators: boolean;
  changes: DepartmentTargetsChanges;
}

const TARGET_FIELDS: (keyof DepartmentTargetFields)[] = ['budget', 'fiscalBudget', 'otherBudget', 'goal'];
const TARGET_DECIMALS = new Set<keyof DepartmentTargetFields>(['budget', 'fiscalBudget', 'otherBudget']);

function sameTasks(a: TaskRow[], b: TaskRow[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (task, i) =>
        task.name === b[i].name && task.content === b[i].content && sameDecimal(task.budget, b[i].budget),
    )
  );
}

export function planDepartmentTarget(
  departmentId: string,
  fiscalYear: number,
  incoming: DepartmentTargetContent,
  stored: (DepartmentTargetContent & { id: string }) | null,
  newId: () => string,
): DepartmentTargetPlan {
  const id = stored?.id ?? newId();
  const changedFieldList = stored ? changedFields(TARGET_FIELDS, TARGET_DECIMALS, stored, incoming) : [];
  const replaceTasks = !stored || !sameTasks(stored.tasks, incoming.tasks);
  const replaceIndicators = !stored || !sameIndicators(stored.indicators, incoming.indicators);
  if (stored && replaceTasks) changedFieldList.push('tasks');
  if (stored && replaceIndicators) changedFieldList.push('indicators');
  const status = !stored ? 'created' : changedFieldList.length > 0 ? 'updated' : 'unchanged';
  return {
    id,
    insert: !stored,
    update: status === 'updated',
    replaceTasks,
    replaceIndicators,
    changes: {
      kind: 'department-targets',
      departmentId,
      fiscalYear,
      status,
      departmentTargetId: id,
      changedFields: changedFieldList,
      tasks: { before: stored?.tasks.length ?? 0, after: incoming.tasks.length },
      indicators: { before: stored?.indicators.length ?? 0, after: incoming.indicators.length },
    },
  };
}
