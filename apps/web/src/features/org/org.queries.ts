import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { MAX_PAGE } from '../../shared/paging';

/** Query keys of departments (部门). */
export const departmentKeys = {
  all: ['departments'] as const,
  list: () => [...departmentKeys.all, 'list'] as const,
};

/** Query keys of budget units (单位). */
export const unitKeys = {
  all: ['units'] as const,
  detail: (id: string) => [...unitKeys.all, id] as const,
  ofDepartment: (departmentId: string) => [...unitKeys.all, 'department', departmentId] as const,
};

export function useDepartments(enabled = true) {
  return useQuery({
    queryKey: departmentKeys.list(),
    queryFn: () => unwrap(api.GET('/api/departments', { params: { query: { pageSize: MAX_PAGE } } })),
    staleTime: 5 * 60_000,
    enabled,
  });
}

export function useUnit(id: string | undefined) {
  return useQuery({
    queryKey: unitKeys.detail(id ?? ''),
    queryFn: () => unwrap(api.GET('/api/units/{id}', { params: { path: { id: id! } } })),
    enabled: Boolean(id),
    staleTime: 5 * 60_000,
  });
}

export function useUnitsOfDepartment(departmentId: string | undefined) {
  return useQuery({
    queryKey: unitKeys.ofDepartment(departmentId ?? ''),
    queryFn: () =>
      unwrap(
        api.GET('/api/units', { params: { query: { departmentId: departmentId!, pageSize: MAX_PAGE } } }),
      ),
    enabled: Boolean(departmentId),
    staleTime: 5 * 60_000,
  });
}
