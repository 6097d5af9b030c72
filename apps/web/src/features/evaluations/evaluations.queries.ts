import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components, paths } from '../../api/schema';

/** Query keys of self-evaluations (绩效自评). */
export const evaluationKeys = {
  all: ['evaluations'] as const,
  lists: () => [...evaluationKeys.all, 'list'] as const,
  list: (query: EvaluationListQuery) => [...evaluationKeys.lists(), query] as const,
  detail: (id: string) => [...evaluationKeys.all, 'detail', id] as const,
  transitions: (id: string) => [...evaluationKeys.all, 'transitions', id] as const,
};

export const fetchScorecard = (id: string) =>
  unwrap(api.GET('/api/evaluations/{id}', { params: { path: { id } } }));

/** 部门预算项目支出绩效自评表 as the API returns it (decimal strings, findings, version). */
export type Scorecard = Awaited<ReturnType<typeof fetchScorecard>>;
export type ScorecardRow = Scorecard['rows'][number];
export type Finding = Scorecard['findings'][number];

/** GET /evaluations: a department's year, filtered (state, unit, grade), sorted and paged by the server. */
export type EvaluationListQuery = NonNullable<paths['/api/evaluations']['get']['parameters']['query']>;

const fetchEvaluationList = (query: EvaluationListQuery) =>
  unwrap(api.GET('/api/evaluations', { params: { query } }));

export type EvaluationListItem = Awaited<ReturnType<typeof fetchEvaluationList>>['items'][number];
export type EvaluationState = Scorecard['state'];

/** The list for a query; off until the department and year are known. */
export function useEvaluationList(query: EvaluationListQuery | null) {
  return useQuery({
    queryKey: evaluationKeys.list(query ?? ({} as EvaluationListQuery)),
    queryFn: () => fetchEvaluationList(query!),
    enabled: query !== null,
    placeholderData: (previous) => previous,
  });
}

export function useScorecard(id: string) {
  return useQuery({ queryKey: evaluationKeys.detail(id), queryFn: () => fetchScorecard(id) });
}

export function useTransitions(id: string) {
  return useQuery({
    queryKey: evaluationKeys.transitions(id),
    queryFn: () => unwrap(api.GET('/api/evaluations/{id}/transitions', { params: { path: { id } } })),
  });
}

/** 开始自评 / 继续填写: opens (or creates) the project's evaluation. */
export function useOpenEvaluation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (projectId: string) =>
      unwrap(api.POST('/api/projects/{projectId}/evaluation', { params: { path: { projectId } }, body: {} })),
    onSuccess: (card) => {
      queryClient.setQueryData(evaluationKeys.detail(card.id), card);
      void queryClient.invalidateQueries({ queryKey: evaluationKeys.lists() });
    },
  });
}

/** PATCH /evaluations/:id — a partial update with the version read. */
export type EvaluationPatch = components['schemas']['UpdateEvaluationDto'];

/** 保存: a partial update with the version read; the answer is the rescored scorecard. */
export function useSaveEvaluation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EvaluationPatch) =>
      unwrap(api.PATCH('/api/evaluations/{id}', { params: { path: { id } }, body })),
    onSuccess: (card) => {
      queryClient.setQueryData(evaluationKeys.detail(id), card);
      void queryClient.invalidateQueries({ queryKey: evaluationKeys.lists() });
    },
  });
}

export type Transition = 'submit' | 'return' | 'approve' | 'reopen';

/** 提交 / 退回 / 通过 / 重新打开, with the version read and the comment the step needs. */
export function useTransition(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ action, version, comment }: { action: Transition; version: number; comment?: string }) => {
      const init = { params: { path: { id } }, body: { version, comment } };
      switch (action) {
        case 'submit':
          return unwrap(api.POST('/api/evaluations/{id}/submit', init));
        case 'return':
          return unwrap(api.POST('/api/evaluations/{id}/return', init));
        case 'approve':
          return unwrap(api.POST('/api/evaluations/{id}/approve', init));
        case 'reopen':
          return unwrap(api.POST('/api/evaluations/{id}/reopen', init));
      }
    },
    onSuccess: (card) => {
      queryClient.setQueryData(evaluationKeys.detail(id), card);
      void queryClient.invalidateQueries({ queryKey: evaluationKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: evaluationKeys.transitions(id) });
    },
  });
}
