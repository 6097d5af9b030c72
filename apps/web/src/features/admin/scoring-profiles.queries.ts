import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { evaluationKeys } from '../evaluations/evaluations.queries';

/** Query keys of scoring profiles (评分口径) per department-year. */
export const scoringProfileKeys = {
  all: ['scoring-profiles'] as const,
  detail: (departmentId: string, year: number) => [...scoringProfileKeys.all, departmentId, year] as const,
};

export type ScoringProfileInput = components['schemas']['SetScoringProfileDto'];

export function useScoringProfile(departmentId: string | undefined, year: number) {
  return useQuery({
    queryKey: scoringProfileKeys.detail(departmentId ?? '', year),
    queryFn: () =>
      unwrap(
        api.GET('/api/departments/{departmentId}/scoring-profiles/{year}', {
          params: { path: { departmentId: departmentId!, year } },
        }),
      ),
    enabled: Boolean(departmentId),
  });
}

/** 设置评分规则: draft and returned evaluations are rescored by the server in the same transaction. */
export function useSetScoringProfile(departmentId: string, year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ScoringProfileInput) =>
      unwrap(
        api.PUT('/api/departments/{departmentId}/scoring-profiles/{year}', {
          params: { path: { departmentId, year } },
          body,
        }),
      ),
    onSuccess: (result) => {
      queryClient.setQueryData(scoringProfileKeys.detail(departmentId, year), result.setting);
      void queryClient.invalidateQueries({ queryKey: evaluationKeys.all });
    },
  });
}
