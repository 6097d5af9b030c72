import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

/** Query keys of execution flags (预警). */
export const flagKeys = {
  all: ['flags'] as const,
  openOfUnit: (unitId: string, year: number) => [...flagKeys.all, 'open', unitId, year] as const,
};

/** The unit's open flags of a year, counted per project for the task list. */
export function useOpenFlagCounts(unitId: string | undefined, year: number | null) {
  return useQuery({
    queryKey: flagKeys.openOfUnit(unitId ?? '', year ?? 0),
    queryFn: async () => {
      const page = await unwrap(
        api.GET('/api/execution/flags', {
          params: { query: { unitId: unitId!, fiscalYear: year!, status: 'open', pageSize: 500 } },
        }),
      );
      const counts = new Map<string, number>();
      for (const flag of page.items) {
        if (flag.project) counts.set(flag.project.id, (counts.get(flag.project.id) ?? 0) + 1);
      }
      return counts;
    },
    enabled: Boolean(unitId) && year !== null,
  });
}
