import { AuthService, Role } from '@jixiao/people';
import { randomUUID } from 'crypto';
import request from 'supertest';
import { createTestUser, TestUser } from '../support/auth';
import { createTestApp, TestApp } from '../support/test-app';
import { FixtureContext, SCOPE_FIXTURES, ScopeSide } from './route-fixtures';
import { ROUTE_PERMISSIONS, RouteRule } from './route-permissions';
import { createDepartmentWithUnit } from './support/scope-fixtures';
import { declaredAccess, expressRoutes } from './support/registered-routes';

type Caller = Role | 'anonymous';
const CALLERS: Caller[] = ['anonymous', 'admin', 'manager', 'evaluator'];
const ROWS = Object.entries(ROUTE_PERMISSIONS);

/** `:id` → a random uuid (a year for `:…Year`), or the values given. */
function fillPath(path: string, params: Record<string, string> = {}): string {
  return path.replace(
    /:(\w+)/g,
    (_match, name: string) => params[name] ?? (/year/i.test(name) ? '2024' : randomUUID()),
  );
}

function send(t: TestApp, route: string, path: string, headers: Record<string, string>, body: object = {}) {
  const method = route.split(' ')[0].toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
  const call = request(t.http)[method](path).set(headers);
  return method === 'get' ? call : call.send(body);
}

describe('authorisation matrix: every route × role × own/other scope', () => {
  let t: TestApp;
  let admin: TestUser;
  let own: ScopeSide;
  let other: ScopeSide;

  async function side(): Promise<ScopeSide> {
    const { departmentId, unitId } = await createDepartmentWithUnit(t.dataSource, 'matrix');
    return {
      departmentId,
      unitId,
      manager: await createTestUser(t, { role: 'manager', departmentIds: [departmentId] }),
      evaluator: await createTestUser(t, { role: 'evaluator', unitIds: [unitId] }),
    };
  }

  /** A fresh session for the caller, so a probe of logout cannot end the next probe's session. */
  async function headersOf(caller: Caller, scope: ScopeSide = own): Promise<Record<string, string>> {
    if (caller === 'anonymous') return {};
    const user = caller === 'admin' ? admin : caller === 'manager' ? scope.manager : scope.evaluator;
    const { accessToken } = await t.app.get(AuthService).openSession(user.user.id);
    return { Authorization: `Bearer ${accessToken}` };
  }

  beforeAll(async () => {
    t = await createTestApp();
    admin = await createTestUser(t, { role: 'admin' });
    own = await side();
    other = await side();
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

  describe.each(ROWS)('%s', (route, rule: RouteRule) => {
    const path = route.slice(route.indexOf(' ') + 1);

    it.each(CALLERS)('%s', async (caller) => {
      const probe = rule.probe === 'skip' ? null : (rule.probe ?? {});
      const allowed = rule.roles === 'public' || (caller !== 'anonymous' && rule.roles.includes(caller));
      if (allowed && !probe) return;
      const url = fillPath(path, probe?.params) + (probe?.query ? `?${probe.query}` : '');
      const response = await send(t, route, url, await headersOf(caller), probe?.body);
      const outcome = `${caller} ${route} → ${response.status} ${JSON.stringify(response.body?.code ?? '')}`;
      if (allowed) {
        expect({
          outcome,
          refused: [401, 403].includes(response.status),
          serverError: response.status >= 500,
        }).toEqual({
          outcome,
          refused: false,
          serverError: false,
        });
      } else {
        expect(outcome).toBe(
          `${caller} ${route} → ${caller === 'anonymous' ? 401 : 403} ${JSON.stringify(caller === 'anonymous' ? 'AUTH.UNAUTHENTICATED' : 'AUTH.FORBIDDEN')}`,
        );
      }
    });
  });

  const SCOPED = ROWS.filter(([, rule]) => rule.scoped);

  describe.each(SCOPED)('%s, own and other scope', (route, rule: RouteRule) => {
    const path = route.slice(route.indexOf(' ') + 1);
    const scoped = rule.scoped!;
    let params: Record<string, string>;

    beforeAll(async () => {
      const context: FixtureContext = { t, admin, own };
      params = await SCOPE_FIXTURES[scoped.fixture](context);
    });

    it.each(Object.entries(scoped.own) as [Role, number][])(
      '%s of the same scope gets %s',
      async (role, status) => {
        const url = fillPath(path, params) + (scoped.query ? `?${scoped.query}` : '');
        const response = await send(t, route, url, await headersOf(role, own));
        expect(`${role} own ${route} → ${response.status}`).toBe(`${role} own ${route} → ${status}`);
      },
    );

    it.each(
      (['manager', 'evaluator'] as Role[]).filter(
        (role) => rule.roles !== 'public' && rule.roles.includes(role),
      ),
    )('%s of another department/unit gets 404', async (role) => {
      const url = fillPath(path, params) + (scoped.query ? `?${scoped.query}` : '');
      const response = await send(t, route, url, await headersOf(role, other));
      expect(`${role} other ${route} → ${response.status}`).toBe(`${role} other ${route} → 404`);
    });
  });
});
