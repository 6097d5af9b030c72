/**
 * The import report is free-form JSON in the API contract (`report: object`): the parser's report as
 * `npm run cli -- import --dry-run --json` prints it (libs/importers toImportReportJson). This reads the
 * parts the preview shows, defensively, so a field the server renames shows as missing instead of breaking.
 */
export interface PreviewWarning {
  code: string;
  message: string;
  line: number | null;
}

export interface PreviewUnitTotal {
  unitName: string;
  stated: string;
  line: number | null;
  checked: boolean;
}

export interface PreviewDocument {
  kind: string;
  year: number | null;
  department: string;
  /** Projects (or tasks of a 部门整体 form) and indicators read. */
  projects: number;
  indicators: number;
  /** What the rows add up to, and what the document states (文件所列合计). */
  summedBudget: string | null;
  statedBudget: string | null;
  statedProjects: number | null;
  statedLine: number | null;
  units: PreviewUnitTotal[];
  warnings: PreviewWarning[];
}

const text = (v: unknown): string | null =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null;
const count = (v: unknown): number | null => (typeof v === 'number' ? v : null);
const record = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

export function previewDocuments(report: Record<string, unknown>): PreviewDocument[] {
  return list(report.documents).map((raw) => {
    const d = record(raw);
    const stated = record(d.stated);
    const totals = record(d.totals);
    const department = record(d.department);
    const projectTable = d.kind === 'project-targets';
    return {
      kind: projectTable ? '项目支出绩效目标表' : '部门整体支出绩效目标表',
      year: count(d.year),
      department: text(department.name) ?? text(d.department) ?? '—',
      projects: count(projectTable ? totals.projects : totals.tasks) ?? 0,
      indicators: count(totals.indicators) ?? 0,
      summedBudget: text(totals.budget),
      statedBudget: text(stated.budget),
      statedProjects: count(stated.projects),
      statedLine: count(stated.line),
      units: list(stated.units).map((u) => {
        const unit = record(u);
        return {
          unitName: text(unit.unitName) ?? '—',
          stated: text(unit.budget) ?? '—',
          line: count(unit.line),
          checked: unit.checked === true,
        };
      }),
      warnings: list(d.warnings).map((w) => {
        const warning = record(w);
        return {
          code: text(warning.code) ?? '',
          message: text(warning.message) ?? '',
          line: count(warning.line),
        };
      }),
    };
  });
}

export interface CommitSummary {
  unchanged: boolean;
  created: number;
  updated: number;
  same: number;
  missing: number;
}

/** What a commit changed (`changes.summary`). */
export function commitSummary(changes: Record<string, unknown> | null): CommitSummary | null {
  if (!changes) return null;
  const summary = record(changes.summary);
  return {
    unchanged: changes.unchanged === true,
    created: count(summary.created) ?? 0,
    updated: count(summary.updated) ?? 0,
    same: count(summary.unchanged) ?? 0,
    missing: count(summary.missing) ?? 0,
  };
}
