import type { StatedTotalsStatus } from '../stated-totals/stated-totals-plan';

/**
 * What a commit changed, per document and per project. Kept on the ImportBatch and returned by the API
 * and the CLI. Projects of the same department and year that the document no longer lists are reported
 * as `missing` and kept: a published table may cover only some units, so absence is not deletion.
 */
export interface ImportChanges {
  /** true when the commit wrote nothing (the same document imported again). */
  unchanged: boolean;
  summary: { created: number; updated: number; unchanged: number; missing: number };
  documents: DocumentChanges[];
}

export type DocumentChanges = ProjectTargetsChanges | DepartmentTargetsChanges;

export interface ProjectTargetsChanges {
  kind: 'project-targets';
  departmentId: string;
  fiscalYear: number;
  projects: ProjectChange[];
  missing: { projectId: string; code: string | null; name: string }[];
  /** The totals the documents state (文件所列合计), which replace the stored ones when there are any. */
  statedTotals: {
    status: StatedTotalsStatus;
    /** The department's stated budget, where stated. */
    budget: string | null;
    /** How many unit totals are stated. */
    units: number;
  };
}

export type ChangeStatus = 'created' | 'updated' | 'unchanged';

export interface ProjectChange {
  status: ChangeStatus;
  projectId: string;
  code: string | null;
  name: string;
  /** The project's own fields that differ (`budget`, `goal`, …); `indicators` when its table changed. */
  changedFields: string[];
  indicators: { before: number; after: number };
}

export interface DepartmentTargetsChanges {
  kind: 'department-targets';
  departmentId: string;
  fiscalYear: number;
  status: ChangeStatus;
  departmentTargetId: string;
  changedFields: string[];
  tasks: { before: number; after: number };
  indicators: { before: number; after: number };
}
