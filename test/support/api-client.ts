import createClient, { Client } from 'openapi-fetch';
import type { AddressInfo } from 'node:net';
import type { paths } from '../../apps/web/src/api/schema';
import { TestApp } from './test-app';

/** The client the web app uses: openapi-fetch typed by the generated schema (apps/web/src/api/schema.d.ts). */
export type ApiClient = Client<paths>;

/** Starts the test app listening on a free local port and answers its base URL. */
export async function listen(t: TestApp): Promise<string> {
  await t.app.listen(0, '127.0.0.1');
  const { port } = t.app.getHttpServer().address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

/** A typed client of the API at `baseUrl`, anonymous or with an access token. */
export function apiClient(baseUrl: string, accessToken?: string): ApiClient {
  return createClient<paths>({
    baseUrl,
    headers: accessToken ? { Authorization: `Bearer ${accessToken}` } : {},
  });
}

/** Logs in through the API (`POST /api/auth/login`) and answers a client carrying the access token. */
export async function loggedInClient(
  baseUrl: string,
  username: string,
  password: string,
): Promise<ApiClient> {
  const { data, error } = await apiClient(baseUrl).POST('/api/auth/login', { body: { username, password } });
  if (!data) throw new Error(`login of ${username} refused: ${JSON.stringify(error)}`);
  return apiClient(baseUrl, data.accessToken);
}

/** The data of a typed answer, or a failure that shows the error body. */
export function ok<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.data === undefined)
    throw new Error(`${result.response.status} ${result.response.url}: ${JSON.stringify(result.error)}`);
  return result.data;
}
