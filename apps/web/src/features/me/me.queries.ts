import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { sessionStore } from '../../auth/session-store';

/** Query keys of the signed-in user (auth/me). */
export const meKeys = {
  all: ['me'] as const,
};

export const fetchMe = () => unwrap(api.GET('/api/auth/me'));

/** Who is signed in: role and scope shape the navigation and the screens. */
export type Me = Awaited<ReturnType<typeof fetchMe>>;

export function useMe() {
  return useQuery({
    queryKey: meKeys.all,
    queryFn: fetchMe,
    enabled: sessionStore.get() !== null,
    staleTime: 60_000,
  });
}
