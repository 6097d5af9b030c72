import { AuthService } from '@jixiao/people';
import { randomUUID } from 'crypto';
import request from 'supertest';
import { uniqueSuffix } from '../support/test-app';
import { buildWorld, Caller, CALLERS, MatrixWorld, ROLE_OF, seed } from './route-fixtures';
import { ROUTE_PERMISSIONS, RouteRule } from './route-permissions';
import { createPeopleTestApp, PeopleTestApp } from './support/people-test-app';
import { declaredAccess, expressRoutes } from './support/registered-routes';

const ROWS = Object.entries(ROUTE_PERMISSIONS);

/** `:id` → the probe's value, else a random uuid (a year for `:…year`). */
function fillPath(path: string, params: Record<string, string>): string {
  return path.replace(
    /:(\w+)/g,
    (_match, name: string) => params[name] ?? (/year/i.test(name) ? '2024' : randomUUID()),
  );
}

/** What `caller` must get: 401 / 403 before the table, the table's status past the guard. */
function expected(rule: RouteRule, caller: Caller): string {
  const role = ROLE_OF[caller];
  if (rule.roles !== 'public') {
    if (role === null) return '401 "AUTH.UNAUTHENTICATED"';
    if (!rule.roles.includes(role)) return '403 "AUTH.FORBIDDEN"';
  }
  const status = rule.expect[caller];
  return status === undefined ? 'no status in route-permissions.ts' : String(status);
}

describe('authorisation matrix: every route × caller (role and own/other scope)', () => {
  let t: PeopleTestApp;
  let w: MatrixWorld;
  const tokens = new Map<Caller, string>();

  async function headersOf(caller: Caller, fresh: boolean): Promise<Record<string, string>> {
    if (caller === 'anonymous') return {};
    const open = async () => (await t.app.get(AuthService).openSession(w.users[caller].user.id)).accessToken;
    const token = fresh ? await open() : (tokens.get(caller) ?? (await open()));
    if (!fresh) tokens.set(caller, token);
    return { Authorization: `Bearer ${token}` };
  }

  async function probe(route: string, rule: RouteRule, caller: Caller): Promise<string> {
    const [verb, path] = route.split(' ');
    const p = rule.probe ?? {};
    const url = fillPath(path, p.params?.(w, caller) ?? {}) + (p.query ? `?${p.query(w)}` : '');
    const method = verb.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
    const headers = await headersOf(caller, p.freshSession === true);
    let call = request(t.http)[method](url).set(headers);
    if (p.upload) {
      const { fields, file } = p.upload(w);
      for (const [name, value] of Object.entries(fields)) call = call.field(name, value);
      call = call.attach('file', seed(file), file);
    } else if (method !== 'get') call = call.send(p.body?.(w) ?? {});
    const response = await call;
    const code = (response.body as { code?: string } | undefined)?.code ?? '';
    if (response.status === 401 || response.status === 403)
      return `${response.status} ${JSON.stringify(code)}`;
    return typeof rule.expect[caller] === 'string' ? `${response.status} ${code}` : String(response.status);
  }

  beforeAll(async () => {
    // Its own queue prefix: calendars saved here register schedules no other suite's worker sees.
    t = await createPeopleTestApp({ REMINDER_QUEUE_PREFIX: `test-matrix-${uniqueSuffix()}` });
    w = await buildWorld(t);
  });
  afterAll(() => t.close());

  it('lists every route the server answers, and no route that is gone', () => {
    const served = expressRoutes(t.app);
    const missing = served.filter((route) => !(route in ROUTE_PERMISSIONS));
    const stale = Object.keys(ROUTE_PERMISSIONS).filter((route) => !served.includes(route));
    const problems = [
      ...missing.map(
        (route) => `route "${route}" is served but has no row in test/people/route-permissions.ts`,
      ),
      ...stale.map((route) => `row "${route}" in test/people/route-permissions.ts names no served route`),
    ];
    expect(problems).toEqual([]);
  });

  it("agrees with each route's @Roles/@Public", () => {
    const declared = declaredAccess(t.app);
    const problems = ROWS.flatMap(([route, rule]) => {
      const access = declared.get(route);
      if (rule.outsideNest)
        return access === undefined ? [] : [`${route}: marked outsideNest but is a Nest route`];
      if (access === undefined)
        return [`${route}: not a Nest controller route (mark it outsideNest if that is meant)`];
      if (access === null) return [`${route}: declares neither @Roles nor @Public (the guard refuses it)`];
      const same =
        access === 'public' || rule.roles === 'public'
          ? access === rule.roles
          : [...access].sort().join() === [...rule.roles].sort().join();
      return same
        ? []
        : [`${route}: the code says ${JSON.stringify(access)}, the table ${JSON.stringify(rule.roles)}`];
    });
    expect(problems).toEqual([]);
  });

  it.each(ROWS)('%s', async (route, rule) => {
    let outcomes: string[];
    if (rule.probe?.serial) {
      outcomes = [];
      for (const caller of CALLERS) outcomes.push(await probe(route, rule, caller));
    } else {
      outcomes = await Promise.all(CALLERS.map((caller) => probe(route, rule, caller)));
    }
    // One line per caller, so a failure shows the whole row at once.
    expect(CALLERS.map((caller, i) => `${caller} → ${outcomes[i]}`)).toEqual(
      CALLERS.map((caller) => `${caller} → ${expected(rule, caller)}`),
    );
  });
});
