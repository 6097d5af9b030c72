import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { operations } from '../../api/schema';
import { saveFile } from '../../shared/save-file';
import { flagKeys } from './flags.queries';
import { dashboardKeys } from './dashboard.queries';

/** The list's filters, sort and page, as the API takes them. */
export type FlagQuery = NonNullable<operations['executionFlags.list']['parameters']['query']>;

const fetchFlags = (query: FlagQuery) => unwrap(api.GET('/api/execution/flags', { params: { query } }));

export type FlagListItem = Awaited<ReturnType<typeof fetchFlags>>['items'][number];

const listKey = (query: FlagQuery) => [...flagKeys.all, 'list', query] as const;

/** 预警列表, paged on the server. */
export function useFlagList(query: FlagQuery, enabled = true) {
  return useQuery({
    queryKey: listKey(query),
    queryFn: () => fetchFlags(query),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export type FlagAnswer = operations['executionFlags.answer']['requestBody']['content']['application/json'];

/** 答复 and 关闭 change the flag, the project's other flags and the dashboard's counts. */
function useFlagMutation<T>(run: (variables: T) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: flagKeys.all });
      void queryClient.invalidateQueries({ queryKey: dashboardKeys.all });
    },
  });
}

/** 答复: 原因说明 and 整改措施 (the project's flags are recomputed by the server). */
export const useAnswerFlag = () =>
  useFlagMutation(({ id, answer }: { id: string; answer: FlagAnswer }) =>
    unwrap(api.POST('/api/execution/flags/{id}/answer', { params: { path: { id } }, body: answer })),
  );

/** 关闭 (managers): with an optional note. */
export const useCloseFlag = () =>
  useFlagMutation(({ id, note }: { id: string; note?: string }) =>
    unwrap(api.POST('/api/execution/flags/{id}/close', { params: { path: { id } }, body: { note } })),
  );

/** 导出: the list with the same filters and order, as .xlsx. */
export async function exportFlags(query: FlagQuery): Promise<void> {
  const { page: _page, pageSize: _size, ...filters } = query;
  const result = await api.GET('/api/execution/flags/export', {
    params: { query: { ...filters, format: 'xlsx' } },
    parseAs: 'blob',
  });
  saveFile(result, '预警列表.xlsx');
}
