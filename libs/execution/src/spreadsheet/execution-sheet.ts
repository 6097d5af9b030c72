import { ExecutionRecordInput } from '../records/execution-records.service';
import { RowProblem } from '../execution-error';
import { TableRow } from './table-file';

/** The execution template: one row per project and date. 项目ID identifies the project; the rest is for people. */
export const EXECUTION_COLUMNS = {
  projectId: '项目ID',
  code: '项目编码',
  name: '项目名称',
  unit: '单位',
  budget: '预算数（万元）',
  asOf: '截至日期',
  executed: '累计执行数（万元）',
  adjustedBudget: '调整后预算数（万元）',
  reason: '原因说明',
} as const;

export const EXECUTION_HEADER = Object.values(EXECUTION_COLUMNS);

export interface ExecutionSheetRow {
  projectId: string;
  code: string | null;
  name: string;
  unit: string | null;
  budget: string | null;
  asOf: string;
  executed: string;
  adjustedBudget: string | null;
  reason: string | null;
}

export function executionSheetCells(row: ExecutionSheetRow): string[] {
  return [
    row.projectId,
    row.code ?? '',
    row.name,
    row.unit ?? '',
    row.budget ?? '',
    row.asOf,
    row.executed,
    row.adjustedBudget ?? '',
    row.reason ?? '',
  ];
}

/**
 * The records of a filled-in template. A row whose 累计执行数 is blank is a project not reported and is
 * skipped; every other row must name its project and date. Missing columns refuse the file.
 */
export function readExecutionSheet(
  header: readonly string[],
  rows: readonly TableRow[],
): { records: ExecutionRecordInput[]; skipped: number; problems: RowProblem[] } {
  const required = [EXECUTION_COLUMNS.projectId, EXECUTION_COLUMNS.asOf, EXECUTION_COLUMNS.executed];
  const missing = required.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    return {
      records: [],
      skipped: 0,
      problems: missing.map((c) => ({
        index: 0,
        row: 1,
        field: c,
        code: 'MISSING_COLUMN',
        message: `缺少列：${c}`,
      })),
    };
  }
  const records: ExecutionRecordInput[] = [];
  const problems: RowProblem[] = [];
  let skipped = 0;
  for (const { row, cells } of rows) {
    const executed = cells[EXECUTION_COLUMNS.executed];
    if (!executed) {
      skipped += 1;
      continue;
    }
    const projectId = cells[EXECUTION_COLUMNS.projectId];
    if (!projectId)
      problems.push({
        index: records.length,
        row,
        field: EXECUTION_COLUMNS.projectId,
        code: 'PROJECT_NOT_FOUND',
        message: `第 ${row} 行缺少项目ID`,
      });
    records.push({
      projectId,
      asOf: cells[EXECUTION_COLUMNS.asOf] ?? '',
      executed: executed.replace(/,/g, ''),
      ...(cells[EXECUTION_COLUMNS.adjustedBudget]
        ? { adjustedBudget: cells[EXECUTION_COLUMNS.adjustedBudget].replace(/,/g, '') }
        : {}),
      reason: cells[EXECUTION_COLUMNS.reason] || null,
      row,
    });
  }
  return { records, skipped, problems };
}
