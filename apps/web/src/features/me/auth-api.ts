import { api, unwrap } from '../../api/client';
import { sessionStore } from '../../auth/session-store';

/** Signs in; the tokens are kept for the session. */
export async function login(username: string, password: string) {
  const result = await unwrap(api.POST('/api/auth/login', { body: { username, password } }));
  sessionStore.set({ accessToken: result.accessToken, refreshToken: result.refreshToken });
  return result;
}

export type LoginResult = Awaited<ReturnType<typeof login>>;

export const changePassword = (currentPassword: string, newPassword: string) =>
  unwrap(api.POST('/api/auth/change-password', { body: { currentPassword, newPassword } }));

/** Ends the session on the server (best effort) and forgets the tokens. */
export async function logout(): Promise<void> {
  await api.POST('/api/auth/logout').catch(() => undefined);
  sessionStore.end();
}
