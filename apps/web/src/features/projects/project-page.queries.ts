import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { projectKeys } from './projects.queries';

export interface ProjectPageQuery {
  departmentId?: string;
  unitId?: string;
  year: number;
  q?: string;
  page: number;
  pageSize: number;
}

/** One page of the projects in scope, paged by the server (a department holds thousands). */
export function useProjectPage(query: ProjectPageQuery, enabled = true) {
  return useQuery({
    queryKey: [...projectKeys.all, 'page', query] as const,
    queryFn: () => unwrap(api.GET('/api/projects', { params: { query } })),
    enabled,
    placeholderData: keepPreviousData,
  });
}
