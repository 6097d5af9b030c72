import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { uploadForm } from '../../shared/upload-form';
import { projectKeys } from '../projects/projects.queries';

/** Query keys of import batches (导入批次). */
export const importKeys = {
  all: ['imports'] as const,
  list: (page: number) => [...importKeys.all, 'list', page] as const,
};

export function useImportList(page: number, pageSize: number) {
  return useQuery({
    queryKey: importKeys.list(page),
    queryFn: () => unwrap(api.GET('/api/imports', { params: { query: { page, pageSize } } })),
    placeholderData: keepPreviousData,
  });
}

/** 上传并预览: nothing is written but the batch. */
export function usePreviewImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, departmentId, year }: { file: File; departmentId?: string; year?: number }) =>
      unwrap(
        api.POST(
          '/api/imports',
          uploadForm({ file, departmentId, year: year === undefined ? undefined : String(year) }),
        ),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: importKeys.all }),
  });
}

export type ImportBatch = Awaited<ReturnType<ReturnType<typeof usePreviewImport>['mutateAsync']>>;

/** 确认导入: writes the batch in one transaction; projects and everything computed from them change. */
export function useCommitImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/imports/{id}/commit', { params: { path: { id } } })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: importKeys.all });
      void queryClient.invalidateQueries({ queryKey: projectKeys.all });
    },
  });
}
