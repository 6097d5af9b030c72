import { AuthService } from '@jixiao/people';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { buildWorld, MatrixWorld, seed } from '../people/route-fixtures';
import { ROUTE_PERMISSIONS } from '../people/route-permissions';
import { createPeopleTestApp, PeopleTestApp } from '../people/support/people-test-app';
import { uniqueSuffix } from '../support/test-app';

/**
 * Hostile input against EVERY write route of the app's own OpenAPI document (built here from the running
 * app, so a new route is covered without editing this file), as an admin and as a manager of the data:
 * NUL and lone surrogates in each string property, null in each property, huge and negative numbers,
 * wrong types, an oversize body and deep nesting. Every answer must be a 4xx (a 2xx where the input
 * happens to be acceptable), never a 5xx, and come within 2 s (a hang fails). Afterwards the API still
 * answers and PostgreSQL holds no `idle in transaction (aborted)` session.
 */

type Method = 'post' | 'put' | 'patch' | 'delete';
const WRITE_METHODS: readonly Method[] = ['post', 'put', 'patch', 'delete'];
/** Per request: an answer later than this is a hang (not a speed assertion: the classes answer in milliseconds). */
const HANG_MS = 2_000;
/** Tried when a route's schema names no property (a body the handler reads without a DTO). */
const COMMON_NAMES = [
  'name',
  'code',
  'username',
  'password',
  'version',
  'weight',
  'budget',
  'year',
  'comment',
  'reason',
  'email',
];
const NUL = 'a\u0000b';
/** String properties holding an amount, a score or a weight (a wrong type for the others is one combined request). */
const AMOUNT_NAME = /budget|amount|executed|weight|score|total/i;
const MEGABYTE = 1024 * 1024;

interface Schema {
  $ref?: string;
  type?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  allOf?: Schema[];
}

interface WriteRoute {
  method: Method;
  /** Express form, as route-permissions.ts keys it: `/api/units/:id`. */
  path: string;
  properties: Record<string, Schema>;
  multipart: boolean;
}

/** Each hostile request: what it is (for the failure list) and its body (an object, raw JSON text, or multipart fields). */
interface Attack {
  label: string;
  body?: object;
  raw?: string;
  fields?: Record<string, string>;
}

function writeRoutes(document: OpenAPIObject): WriteRoute[] {
  const routes: WriteRoute[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of WRITE_METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const content =
        (operation.requestBody as { content?: Record<string, { schema?: Schema }> } | undefined)?.content ??
        {};
      const multipart = 'multipart/form-data' in content;
      const schema = (content['application/json'] ?? content['multipart/form-data'])?.schema;
      routes.push({
        method,
        path: path.replace(/\{(\w+)\}/g, ':$1'),
        properties: propertiesOf(document, schema),
        multipart,
      });
    }
  }
  return routes;
}

function resolve(document: OpenAPIObject, schema: Schema | undefined): Schema | undefined {
  if (!schema?.$ref) return schema;
  return (document.components?.schemas ?? {})[schema.$ref.split('/').pop()!] as Schema | undefined;
}

function propertiesOf(document: OpenAPIObject, schema: Schema | undefined): Record<string, Schema> {
  const resolved = resolve(document, schema);
  if (!resolved) return {};
  const inherited = (resolved.allOf ?? []).map((part) => propertiesOf(document, part));
  return Object.assign({}, ...inherited, resolved.properties ?? {});
}

/** The value of a property filled with `leaf` wherever a string or number goes (one level into arrays and objects). */
function fill(
  document: OpenAPIObject,
  schema: Schema,
  leaf: (type: 'string' | 'number') => unknown,
): unknown {
  const resolved = resolve(document, schema) ?? {};
  if (resolved.type === 'array') return [fill(document, resolved.items ?? { type: 'string' }, leaf)];
  if (resolved.type === 'object' || resolved.properties) {
    return Object.fromEntries(
      Object.entries(resolved.properties ?? {}).map(([key, inner]) => [key, leaf(typeOf(document, inner))]),
    );
  }
  return leaf(typeOf(document, resolved));
}

function typeOf(document: OpenAPIObject, schema: Schema): 'string' | 'number' {
  const type = resolve(document, schema)?.type;
  return type === 'number' || type === 'integer' ? 'number' : 'string';
}

/** `:id` → the matrix probe's value, else a random uuid (a year for `:…year`). */
function fillPath(path: string, params: Record<string, string>): string {
  return path.replace(
    /:(\w+)/g,
    (_m, name: string) => params[name] ?? (/year/i.test(name) ? '2024' : randomUUID()),
  );
}

function attacks(document: OpenAPIObject, route: WriteRoute, base: object): Attack[] {
  const named = Object.keys(route.properties);
  const names = [...new Set([...named, ...Object.keys(base), ...(named.length === 0 ? COMMON_NAMES : [])])];
  const schemaOf = (name: string): Schema => route.properties[name] ?? { type: 'string' };
  const everywhere = (leaf: (type: 'string' | 'number') => unknown) =>
    Object.fromEntries(names.map((name) => [name, fill(document, schemaOf(name), leaf)]));
  const list: Attack[] = [];
  for (const name of names) {
    const type = typeOf(document, schemaOf(name));
    list.push({ label: `${name}: null`, body: { ...base, [name]: null } });
    if (type === 'number') {
      for (const [label, value] of [
        ['1e308', 1e308],
        ['2^70', 2 ** 70],
        ['-1', -1],
        ['"abc"', 'abc'],
      ] as const) {
        list.push({ label: `${name}: ${label}`, body: { ...base, [name]: value } });
      }
    } else {
      list.push({
        label: `${name}: NUL`,
        body: { ...base, [name]: fill(document, schemaOf(name), (t) => (t === 'string' ? NUL : 1)) },
      });
      // Amounts and weights travel as decimal strings: a negative one where the name says it is money or a weight.
      if (AMOUNT_NAME.test(name)) list.push({ label: `${name}: "-1"`, body: { ...base, [name]: '-1' } });
    }
  }
  // Every string a lone surrogate at once, as sent on the wire (JSON.parse makes `\ud800` one).
  list.push({
    label: 'every string a lone surrogate',
    raw: JSON.stringify({ ...base, ...everywhere((t) => (t === 'string' ? 'LONE' : 1)) }).replace(
      /"LONE"/g,
      '"x\\ud800"',
    ),
  });
  list.push({
    label: 'every property a wrong type',
    body: { ...base, ...everywhere((t) => (t === 'string' ? 12 : 'twelve')) },
  });
  list.push({
    label: 'every property an object',
    body: Object.fromEntries(names.map((name) => [name, { x: [1] }])),
  });
  list.push({
    label: 'a body over the limit',
    raw: JSON.stringify({ ...base, [names[0] ?? 'name']: 'x'.repeat(MEGABYTE + 16) }),
  });
  list.push({ label: '10,000 nested arrays', raw: '['.repeat(10_000) + ']'.repeat(10_000) });
  list.push({ label: '5,000 nested objects', raw: '{"a":'.repeat(5_000) + '1' + '}'.repeat(5_000) });
  list.push({ label: 'an array body', body: [NUL, null, 1e308] });
  if (route.multipart) {
    list.push({
      label: 'multipart fields with NUL',
      fields: Object.fromEntries(names.map((name) => [name, NUL])),
    });
  }
  return list;
}

describe('hostile input on every write route (e2e)', () => {
  let t: PeopleTestApp;
  let w: MatrixWorld;
  let routes: WriteRoute[];
  let document: OpenAPIObject;

  beforeAll(async () => {
    t = await createPeopleTestApp({ REMINDER_QUEUE_PREFIX: `test-hostile-${uniqueSuffix()}` });
    w = await buildWorld(t);
    document = SwaggerModule.createDocument(t.app, new DocumentBuilder().build());
    routes = writeRoutes(document);
  }, 120_000);
  afterAll(() => t.close());

  async function send(route: WriteRoute, url: string, token: string, attack: Attack): Promise<string | null> {
    let call = request(t.http)[route.method](url).set('Authorization', `Bearer ${token}`).timeout(HANG_MS);
    if (attack.fields) {
      for (const [name, value] of Object.entries(attack.fields)) call = call.field(name, value);
      call = call.attach('file', seed('dachuan-2024-budget.txt'), 'dachuan-2024-budget.txt');
    } else if (attack.raw !== undefined) call = call.set('Content-Type', 'application/json').send(attack.raw);
    else call = call.send(attack.body as object);
    try {
      const response = await call;
      if (response.status < 500) return null;
      return `${route.method.toUpperCase()} ${route.path} [${attack.label}] → ${response.status} ${response.text.slice(0, 200)}`;
    } catch (error) {
      return `${route.method.toUpperCase()} ${route.path} [${attack.label}] → no answer within ${HANG_MS} ms (${(error as Error).message})`;
    }
  }

  it('covers the write routes of the document', () => {
    expect(routes.length).toBeGreaterThan(40);
    expect(routes.map((r) => `${r.method.toUpperCase()} ${r.path}`)).toEqual(
      expect.arrayContaining(['POST /api/auth/login', 'POST /api/indicators', 'PATCH /api/departments/:id']),
    );
  });

  it.each(['admin', 'manager'] as const)(
    'as %s: every answer a 4xx (or 2xx), none a 5xx or a hang',
    async (caller) => {
      const failures: string[] = [];
      let sent = 0;
      for (const route of routes) {
        const rule = ROUTE_PERMISSIONS[`${route.method.toUpperCase()} ${route.path}`];
        const url = fillPath(route.path, rule?.probe?.params?.(w, caller) ?? {});
        // A session per route: logout or a password change in one route must not end the next one's.
        const { accessToken } = await t.app.get(AuthService).openSession(w.users[caller].user.id);
        for (const attack of attacks(document, route, rule?.probe?.body?.(w) ?? {})) {
          const failure = await send(route, url, accessToken, attack);
          sent += 1;
          if (failure !== null) failures.push(failure);
        }
      }
      expect(failures).toEqual([]);
      expect(sent).toBeGreaterThan(500);
    },
    180_000,
  );

  it('leaves the API answering and no transaction aborted', async () => {
    await request(t.http).get('/api/health').timeout(HANG_MS).expect(200);
    const aborted = await t.dataSource.query<{ count: string }[]>(
      `SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND state = 'idle in transaction (aborted)'`,
    );
    expect(Number(aborted[0].count)).toBe(0);
  });

  it('after 100 NUL writes to POST /api/indicators the pool still serves 50 requests', async () => {
    const manager = {
      Authorization: `Bearer ${(await t.app.get(AuthService).openSession(w.users.manager.user.id)).accessToken}`,
    };
    const project = await request(t.http).get(`/api/projects/${w.projectId}`).set(manager).expect(200);
    const body = {
      projectId: w.projectId,
      version: project.body.version,
      level1: '产出指标',
      level2: '数量指标',
      level3: NUL,
      value: '100',
    };
    for (let i = 0; i < 100; i += 1) {
      const response = await request(t.http).post('/api/indicators').set(manager).send(body).timeout(HANG_MS);
      expect([response.status, response.body.code]).toEqual([400, 'REQUEST.INVALID_TEXT']);
    }
    const answers = await Promise.all(
      Array.from({ length: 50 }, () =>
        request(t.http).get(`/api/projects/${w.projectId}`).set(manager).timeout(HANG_MS),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(50).fill(200));
  });
});
