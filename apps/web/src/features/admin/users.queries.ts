import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components, operations } from '../../api/schema';

/** Query keys of accounts (账号). */
export const userKeys = {
  all: ['users'] as const,
  list: (query: UserQuery) => [...userKeys.all, 'list', query] as const,
};

export type UserQuery = NonNullable<operations['user.list']['parameters']['query']>;
export type NewUser = components['schemas']['CreateUserDto'];
export type UserPatch = components['schemas']['UpdateUserDto'];

const fetchUsers = (query: UserQuery) => unwrap(api.GET('/api/users', { params: { query } }));
export type Account = Awaited<ReturnType<typeof fetchUsers>>['items'][number];

export function useUsers(query: UserQuery) {
  return useQuery({
    queryKey: userKeys.list(query),
    queryFn: () => fetchUsers(query),
    placeholderData: keepPreviousData,
  });
}

function useUserMutation<T, R>(run: (variables: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}

/** 新建账号: the answer carries the first-login password, shown once. */
export const useCreateUser = () =>
  useUserMutation((body: NewUser) => unwrap(api.POST('/api/users', { body })));

/** 修改账号 (role, scope, 停用) with the version read. */
export const useUpdateUser = () =>
  useUserMutation(({ id, patch }: { id: string; patch: UserPatch }) =>
    unwrap(api.PATCH('/api/users/{id}', { params: { path: { id } }, body: patch })),
  );

/** 重置密码: a new one-time password, shown once. */
export const useResetPassword = () =>
  useUserMutation((id: string) =>
    unwrap(api.POST('/api/users/{id}/reset-password', { params: { path: { id } } })),
  );

/** 解除锁定 after too many failed logins. */
export const useUnlockUser = () =>
  useUserMutation((id: string) => unwrap(api.POST('/api/users/{id}/unlock', { params: { path: { id } } })));
