import { useQueries, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

/** Query keys of the monitoring dashboard (绩效运行监控) and the projects' execution standings. */
export const dashboardKeys = {
  all: ['execution-dashboard'] as const,
  summary: (year: number, departmentId: string | undefined) =>
    [...dashboardKeys.all, 'summary', year, departmentId ?? 'all'] as const,
  history: (projectId: string) => [...dashboardKeys.all, 'history', projectId] as const,
  ruleSet: (departmentId: string, year: number) =>
    [...dashboardKeys.all, 'rule-set', departmentId, year] as const,
};

const fetchDashboard = (year: number, departmentId: string | undefined) =>
  unwrap(api.GET('/api/execution/dashboard', { params: { query: { year, departmentId } } }));

export type Dashboard = Awaited<ReturnType<typeof fetchDashboard>>;
export type DashboardGroup = Dashboard['groups'][number];

/** Budget, executed, rate and flag counts: by department, or one department by unit. */
export function useDashboard(year: number, departmentId: string | undefined) {
  return useQuery({
    queryKey: dashboardKeys.summary(year, departmentId),
    queryFn: () => fetchDashboard(year, departmentId),
  });
}

export const fetchHistory = (projectId: string) =>
  unwrap(api.GET('/api/execution/projects/{projectId}/history', { params: { path: { projectId } } }));

export type ProjectHistory = Awaited<ReturnType<typeof fetchHistory>>;

/**
 * Where each listed project stands (rate, 序时进度, light, checkpoint). The API gives a project's standing
 * with its history, so this asks for the projects of the page on screen only (one page of the server's paging).
 */
export function useProjectHistories(projectIds: string[]) {
  return useQueries({
    queries: projectIds.map((id) => ({
      queryKey: dashboardKeys.history(id),
      queryFn: () => fetchHistory(id),
    })),
  });
}

/** A checkpoint (时间节点) of the department's rule set: the cumulative rate due by the end of a month. */
export interface CheckpointLine {
  month: number;
  minRate: string;
}

/** The rule set is free-form JSON in the contract; its checkpoints are read defensively. */
function checkpointsOf(ruleSet: Record<string, unknown>): CheckpointLine[] {
  const inYear = ruleSet.inYear as { checkpoints?: unknown } | undefined;
  if (!Array.isArray(inYear?.checkpoints)) return [];
  return inYear.checkpoints.filter(
    (c): c is CheckpointLine =>
      typeof c === 'object' && c !== null && typeof c.month === 'number' && typeof c.minRate === 'string',
  );
}

/** 时间节点 of the department-year (the default rule set has none). */
export function useCheckpoints(departmentId: string | undefined, year: number) {
  return useQuery({
    queryKey: dashboardKeys.ruleSet(departmentId ?? '', year),
    queryFn: async () =>
      checkpointsOf(
        (
          await unwrap(
            api.GET('/api/execution/rule-sets/{departmentId}/{year}', {
              params: { path: { departmentId: departmentId!, year } },
            }),
          )
        ).ruleSet,
      ),
    enabled: Boolean(departmentId),
  });
}
