import createClient, { type Middleware } from 'openapi-fetch';
import { sessionStore } from '../auth/session-store';
import { toApiError } from './api-error';
import type { paths } from './schema';

/**
 * The typed API client: openapi-fetch over the types generated from the API's OpenAPI document
 * (`npm run api:types`). Same origin: the API serves this app, and Vite proxies /api in development.
 */
export const api = createClient<paths>({ baseUrl: '' });

const AUTH_ROUTES = ['/api/auth/login', '/api/auth/refresh'];

/** Requests kept (cloned before sending) so one refused for an expired token can be sent again. */
const pending = new Map<string, Request>();
/** One refresh at a time: concurrent 401s wait for the same one. */
let refreshing: Promise<boolean> | null = null;

/**
 * Swaps the refresh token for a new pair. False when the server refuses it; the session then ends
 * with the server's reason (idle timeout, reused token…), which the login page shows.
 */
async function refresh(): Promise<boolean> {
  const session = sessionStore.get();
  if (!session) return false;
  const response = await fetch('/api/auth/refresh', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ refreshToken: session.refreshToken }),
  });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    sessionStore.end({ message: toApiError(response.status, body).message });
    return false;
  }
  const pair = body as { accessToken: string; refreshToken: string };
  sessionStore.set({ accessToken: pair.accessToken, refreshToken: pair.refreshToken });
  return true;
}

/** Bearer token on every call; an expired access token is refreshed and the call sent again, unseen. */
const authMiddleware: Middleware = {
  onRequest({ request, id }) {
    const session = sessionStore.get();
    if (session && !AUTH_ROUTES.includes(new URL(request.url).pathname)) {
      request.headers.set('Authorization', `Bearer ${session.accessToken}`);
      pending.set(id, request.clone());
    }
    return request;
  },
  async onResponse({ response, id }) {
    const original = pending.get(id);
    pending.delete(id);
    if (response.status !== 401 || !original) return response;
    refreshing ??= refresh().finally(() => (refreshing = null));
    if (!(await refreshing)) return response;
    original.headers.set('Authorization', `Bearer ${sessionStore.get()?.accessToken ?? ''}`);
    return fetch(original);
  },
};
api.use(authMiddleware);

/** The data of a successful call, or the server's error thrown as an ApiError. */
export async function unwrap<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw toApiError(response.status, error);
  return data as T;
}
