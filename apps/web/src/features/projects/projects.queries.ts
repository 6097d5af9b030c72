import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { MAX_PAGE } from '../../shared/paging';

/** Query keys of projects (项目). */
export const projectKeys = {
  all: ['projects'] as const,
  ofUnit: (unitId: string, year: number | null) => [...projectKeys.all, 'unit', unitId, year] as const,
  latestYear: (scopeId: string) => [...projectKeys.all, 'latest-year', scopeId] as const,
};

/** The unit's projects of a year (a unit has tens of projects, not thousands: one page). */
export function useUnitProjects(unitId: string | undefined, year: number | null) {
  return useQuery({
    queryKey: projectKeys.ofUnit(unitId ?? '', year),
    queryFn: () =>
      unwrap(
        api.GET('/api/projects', { params: { query: { unitId: unitId!, year: year!, pageSize: MAX_PAGE } } }),
      ),
    enabled: Boolean(unitId) && year !== null,
  });
}

/** The latest year a unit or department has projects for: year pickers start there (newest first). */
export function useLatestProjectYear(scope: { unitId?: string; departmentId?: string }) {
  return useQuery({
    queryKey: projectKeys.latestYear(scope.unitId ?? scope.departmentId ?? ''),
    queryFn: async () => {
      const page = await unwrap(api.GET('/api/projects', { params: { query: { ...scope, pageSize: 1 } } }));
      return page.items[0]?.fiscalYear ?? new Date().getFullYear() - 1;
    },
    enabled: Boolean(scope.unitId ?? scope.departmentId),
  });
}
