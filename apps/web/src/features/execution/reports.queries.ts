import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components, operations } from '../../api/schema';

/** Query keys of monitoring reports (绩效运行监控报告). */
export const reportKeys = {
  all: ['monitoring-reports'] as const,
  lists: () => [...reportKeys.all, 'list'] as const,
  list: (query: ReportQuery) => [...reportKeys.lists(), query] as const,
  detail: (id: string) => [...reportKeys.all, 'detail', id] as const,
};

export type ReportQuery = NonNullable<operations['monitoringReports.list']['parameters']['query']>;

const fetchReports = (query: ReportQuery) => unwrap(api.GET('/api/execution/reports', { params: { query } }));
const fetchReport = (id: string) =>
  unwrap(api.GET('/api/execution/reports/{id}', { params: { path: { id } } }));

export type ReportListItem = Awaited<ReturnType<typeof fetchReports>>['items'][number];
export type MonitoringReport = Awaited<ReturnType<typeof fetchReport>>;
export type ReportState = MonitoringReport['state'];

export function useReportList(query: ReportQuery) {
  return useQuery({
    queryKey: reportKeys.list(query),
    queryFn: () => fetchReports(query),
    placeholderData: keepPreviousData,
  });
}

export function useReport(id: string) {
  return useQuery({ queryKey: reportKeys.detail(id), queryFn: () => fetchReport(id) });
}

/** A changed report replaces the cached one and the lists it appears in. */
function useReportMutation<T>(run: (variables: T) => Promise<MonitoringReport>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: (report) => {
      queryClient.setQueryData(reportKeys.detail(report.id), report);
      void queryClient.invalidateQueries({ queryKey: reportKeys.lists() });
    },
  });
}

export type OpenReport = components['schemas']['OpenMonitoringReportDto'];

/** 新建报告 (evaluators): opens the unit's report of a year and period, or the existing one. */
export const useOpenReport = () =>
  useReportMutation((body: OpenReport) => unwrap(api.POST('/api/execution/reports', { body })));

export type ReportPatch = components['schemas']['UpdateMonitoringReportDto'];

/** 保存 进展情况 / 偏差原因 / 改进措施 with the version read. */
export const useSaveReport = (id: string) =>
  useReportMutation((body: ReportPatch) =>
    unwrap(api.PATCH('/api/execution/reports/{id}', { params: { path: { id } }, body })),
  );

export type ReportTransition = 'submit' | 'return' | 'approve' | 'reopen';

/** 提交 / 退回 / 通过 / 重新打开, with the version read and the comment the step needs. */
export const useReportTransition = (id: string) =>
  useReportMutation(
    ({ action, version, comment }: { action: ReportTransition; version: number; comment?: string }) => {
      const init = { params: { path: { id } }, body: { version, comment } };
      switch (action) {
        case 'submit':
          return unwrap(api.POST('/api/execution/reports/{id}/submit', init));
        case 'return':
          return unwrap(api.POST('/api/execution/reports/{id}/return', init));
        case 'approve':
          return unwrap(api.POST('/api/execution/reports/{id}/approve', init));
        case 'reopen':
          return unwrap(api.POST('/api/execution/reports/{id}/reopen', init));
      }
    },
  );
