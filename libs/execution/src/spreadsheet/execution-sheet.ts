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
 * The records of a filled-in template. Only a fully blank row is skipped; every other row must name its
 * project, date and 累计执行数, else the file is refused with the row and field named (a forgotten amount
 * must not pass as "not reported": delete the rows of projects not reported). Missing columns refuse the file.
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
    if (Object.values(cells).every((cell) => cell === '')) {
      skipped += 1;
      continue;
    }
    const executed = cells[EXECUTION_COLUMNS.executed] ?? '';
    const projectId = cells[EXECUTION_COLUMNS.projectId];
    const missing = (field: string, code: string) =>
      problems.push({ index: records.length, row, field, code, message: `第 ${row} 行缺少${field}` });
    if (!projectId) missing(EXECUTION_COLUMNS.projectId, 'PROJECT_NOT_FOUND');
    if (!executed) missing(EXECUTION_COLUMNS.executed, 'AMOUNT_MISSING');
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
