import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { saveFile } from '../../shared/save-file';
import { uploadForm } from '../../shared/upload-form';
import { dashboardKeys } from './dashboard.queries';
import { flagKeys } from './flags.queries';

export type RecordInput = components['schemas']['RecordExecutionDto'];

/** Recording execution changes the projects' histories, their flags and the dashboard. */
function useRecordMutation<T, R>(run: (variables: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: dashboardKeys.all });
      void queryClient.invalidateQueries({ queryKey: flagKeys.all });
    },
  });
}

/** 保存: the grid's changed cells in one all-or-nothing call (a 400 names every bad record by index). */
export const useRecordBulk = () =>
  useRecordMutation((records: RecordInput[]) =>
    unwrap(api.POST('/api/execution/records/bulk', { body: { records } })),
  );

/** 上传: a filled-in template (xlsx or csv); a 400 names the sheet's rows and columns. */
export const useImportRecords = () =>
  useRecordMutation((file: File) => unwrap(api.POST('/api/execution/records/import', uploadForm({ file }))));

/** 下载模板: one row per project of the department-year, 截至日期 prefilled. */
export async function downloadTemplate(
  departmentId: string,
  year: number,
  asOf: string,
): Promise<void> {
  const result = await api.GET('/api/execution/records/template', {
    params: { query: { departmentId, year, asOf, format: 'xlsx' } },
    parseAs: 'blob',
  });
  saveFile(result, '执行记录模板.xlsx');
}

/** A record the server refused, as `details.rows` lists them: by index in the call, or by sheet row. */
export interface RowProblem {
  index: number;
  row?: number;
  field: string;
  message: string;
}

export function rowProblems(details: Record<string, unknown>): RowProblem[] {
  const rows = details.rows;
  if (!Array.isArray(rows)) return [];
  return rows.filter(
    (r): r is RowProblem =>
      typeof r === 'object' && r !== null && typeof r.index === 'number' && typeof r.message === 'string',
  );
}
