import { randomUUID } from 'node:crypto';
import { Role } from '@jixiao/people';
import { CALENDAR, Caller, MatrixWorld, ROLE_OF } from './route-fixtures';

/**
 * The authorisation matrix: EVERY route the API serves, who may call it, and the exact status each
 * caller gets. The matrix test (authorisation-matrix.e2e-spec.ts) fails on a route missing here, on a
 * row for a route that no longer exists, and on a row whose roles differ from the route's
 * @Roles/@Public. Then each route is called by every caller of route-fixtures.ts: anonymous → 401
 * (public routes: `expect`), a role not listed → 403, a listed caller → `expect[caller]`, which must
 * be given. Objects live in department A / unit A1; callers of another department — and, for unit
 * data, evaluators of another unit of A — get 404, as if the object did not exist.
 *
 * Adding a route: add its row with a probe that reaches the service (a body that passes validation,
 * or the check before scope would answer for it) and the statuses. Writes probe without changing
 * what the next probe sees: a stale `version` (409), a key that exists (409), an object already in
 * the target state (409), or `serial` when every caller may repeat the write.
 */
export interface RouteRule {
  /** Who passes the guard: the route's @Roles, or 'public'. */
  roles: readonly Role[] | 'public';
  /** Served by Express outside Nest's controllers (Swagger UI): no guard runs, so it must be public. */
  outsideNest?: true;
  probe?: Probe;
  /**
   * What each caller the guard lets through gets (public routes: every caller): a status, or
   * `'400 CODE'` where the status alone could come from an earlier check.
   */
  expect: Partial<Record<Caller, Outcome>>;
}

export type Outcome = number | `${number} ${string}`;
type Params = Record<string, string>;
export interface Probe {
  /** Route parameters; the rest are filled with a random uuid (a year for `:…year`). */
  params?: (w: MatrixWorld, caller: Caller) => Params;
  query?: (w: MatrixWorld) => string;
  body?: (w: MatrixWorld) => object;
  /** A multipart upload instead of a JSON body. */
  upload?: (w: MatrixWorld) => { fields: Params; file: string };
  /** Callers one after another: each write is repeated, and concurrent repeats would race. */
  serial?: true;
  /** A session of its own (logout ends the session it is called with). */
  freshSession?: true;
}

const ALL: readonly Role[] = ['admin', 'manager', 'evaluator'];
const STAFF: readonly Role[] = ['admin', 'manager'];
const ADMIN: readonly Role[] = ['admin'];
const MANAGER: readonly Role[] = ['manager'];
const EVALUATOR: readonly Role[] = ['evaluator'];

/** Every caller gets `status`: unscoped routes (lists and exports filter by scope, they do not refuse). */
const same = (status: Outcome): RouteRule['expect'] => ({
  anonymous: status,
  admin: status,
  manager: status,
  otherManager: status,
  evaluator: status,
  siblingEvaluator: status,
  otherEvaluator: status,
});
/** Data of unit A1: its department's manager and its unit's evaluator get `own`, everyone else 404. */
const unitScoped = (own: Outcome): RouteRule['expect'] => ({
  admin: own,
  manager: own,
  otherManager: 404,
  evaluator: own,
  siblingEvaluator: 404,
  otherEvaluator: 404,
});
/** Data of department A: every evaluator of its units sees it too. */
const departmentScoped = (own: Outcome): RouteRule['expect'] => ({
  ...unitScoped(own),
  siblingEvaluator: own,
});

const SWAGGER: RouteRule = { roles: 'public', outsideNest: true, expect: same(200) };
const STALE = 999_999;
const ROWS_INVALID = '400 EXECUTION.INVALID_RECORDS';
const project = (w: MatrixWorld) => ({ id: w.projectId, projectId: w.projectId });
const evaluation = (w: MatrixWorld) => ({ id: w.evaluationId });
const report = (w: MatrixWorld) => ({ id: w.reportId });
const department = (w: MatrixWorld) => ({ id: w.departmentId, departmentId: w.departmentId });
const year2024 = (w: MatrixWorld) => `year=2024&departmentId=${w.departmentId}`;
const staleTransition = { body: () => ({ version: STALE, comment: '授权矩阵' }) };

export const ROUTE_PERMISSIONS: Record<string, RouteRule> = {
  // API documentation (Swagger UI, OpenAPI document).
  'GET /docs': SWAGGER,
  'GET /docs/': SWAGGER,
  'GET /docs/index.html': SWAGGER,
  'GET /docs/LICENSE': { ...SWAGGER, expect: same(404) }, // swagger-ui-express routes it; the package ships no such file
  'GET /docs/swagger-ui-init.js': SWAGGER,
  'GET /docs/docs/swagger-ui-init.js': SWAGGER,
  'GET /docs-json': SWAGGER,
  'GET /docs-yaml': SWAGGER,

  'GET /api/health': { roles: 'public', expect: same(200) },

  // people: authentication (an empty body: validation answers before any account is looked at)
  'POST /api/auth/login': { roles: 'public', expect: same(400) },
  'POST /api/auth/refresh': { roles: 'public', expect: same(400) },
  'POST /api/auth/logout': { roles: ALL, probe: { freshSession: true }, expect: same(204) },
  'POST /api/auth/change-password': { roles: ALL, expect: same(400) },
  'GET /api/auth/me': { roles: ALL, expect: same(200) },
  // people: accounts and audit
  'GET /api/users': { roles: STAFF, expect: same(200) },
  'GET /api/users/:id': {
    roles: STAFF,
    probe: { params: (w) => ({ id: w.users.evaluator.user.id }) },
    expect: unitScoped(200),
  },
  'POST /api/users': { roles: ADMIN, expect: same(400) },
  'PATCH /api/users/:id': {
    roles: ADMIN,
    probe: { params: (w) => ({ id: w.spareUserId }), body: () => ({ version: STALE }) },
    expect: same(409),
  },
  'POST /api/users/:id/reset-password': {
    roles: ADMIN,
    probe: { params: (w) => ({ id: w.spareUserId }) },
    expect: same(200),
  },
  'POST /api/users/:id/unlock': {
    roles: ADMIN,
    probe: { params: (w) => ({ id: w.spareUserId }) },
    expect: same(200),
  },
  'GET /api/audit': { roles: ADMIN, expect: same(200) },

  // targets
  'POST /api/imports': {
    roles: STAFF,
    probe: { upload: (w) => ({ fields: { departmentId: w.departmentId }, file: 'dachuan-2024-budget.txt' }) },
    expect: unitScoped(201),
  },
  'POST /api/imports/:id/commit': {
    roles: STAFF,
    probe: { params: (w) => ({ id: w.importId }) },
    expect: unitScoped(409), // committed already
  },
  'GET /api/imports': { roles: STAFF, expect: same(200) },
  'GET /api/imports/:id': {
    roles: STAFF,
    probe: { params: (w) => ({ id: w.importId }) },
    expect: unitScoped(200),
  },
  'GET /api/departments': { roles: ALL, expect: same(200) },
  'GET /api/departments/:id': { roles: ALL, probe: { params: department }, expect: departmentScoped(200) },
  'POST /api/departments': { roles: ADMIN, expect: same(400) },
  'PATCH /api/departments/:id': { roles: STAFF, probe: { params: department }, expect: unitScoped(200) },
  'DELETE /api/departments/:id': { roles: ADMIN, probe: { params: department }, expect: same(409) }, // has projects
  'GET /api/units': { roles: ALL, expect: same(200) },
  'GET /api/units/:id': { roles: ALL, probe: { params: (w) => ({ id: w.unitId }) }, expect: unitScoped(200) },
  'POST /api/units': {
    roles: STAFF,
    probe: { body: (w) => ({ departmentId: w.departmentId, code: w.unitCode, name: '重复单位' }) },
    expect: unitScoped(409), // A1's code exists
  },
  'PATCH /api/units/:id': {
    roles: STAFF,
    probe: { params: (w) => ({ id: w.unitId }) },
    expect: unitScoped(200),
  },
  'DELETE /api/units/:id': {
    roles: STAFF,
    probe: { params: (w) => ({ id: w.unitId }) },
    expect: unitScoped(409),
  }, // has a project
  'GET /api/projects': { roles: ALL, expect: same(200) },
  'GET /api/projects/export': { roles: ALL, expect: same(200) },
  'GET /api/projects/:id': { roles: ALL, probe: { params: project }, expect: unitScoped(200) },
  'POST /api/projects': {
    roles: STAFF,
    probe: {
      body: (w) => ({
        departmentId: w.departmentId,
        unitId: w.unitId,
        fiscalYear: 2024,
        name: w.projectName,
      }),
    },
    expect: unitScoped(409), // the project exists
  },
  'PATCH /api/projects/:id': {
    roles: STAFF,
    probe: { params: project, body: () => ({ version: STALE }) },
    expect: unitScoped(409),
  },
  'DELETE /api/projects/:id': {
    roles: STAFF,
    probe: { params: project, query: () => `version=${STALE}` },
    expect: unitScoped(409),
  },
  'GET /api/indicators': { roles: ALL, expect: same(200) },
  'GET /api/indicators/:id': {
    roles: ALL,
    probe: { params: (w) => ({ id: w.indicatorId }) },
    expect: unitScoped(200),
  },
  'POST /api/indicators': {
    roles: STAFF,
    probe: {
      body: (w) => ({
        projectId: w.projectId,
        version: STALE,
        level1: '产出指标',
        level2: '质量指标',
        level3: '覆盖率',
        value: '≥95%',
      }),
    },
    expect: unitScoped(409),
  },
  'PATCH /api/indicators/:id': {
    roles: STAFF,
    probe: { params: (w) => ({ id: w.indicatorId }), body: () => ({ version: STALE }) },
    expect: unitScoped(409),
  },
  'DELETE /api/indicators/:id': {
    roles: STAFF,
    probe: { params: (w) => ({ id: w.indicatorId }), query: () => `version=${STALE}` },
    expect: unitScoped(409),
  },
  'GET /api/departments/:id/targets': {
    roles: ALL,
    probe: { params: department },
    expect: departmentScoped(200),
  },
  'GET /api/department-targets/:id': {
    roles: ALL,
    probe: { params: (w) => ({ id: w.departmentTargetId }) },
    expect: departmentScoped(200),
  },
  'GET /api/departments/:departmentId/stated-totals/:year': {
    roles: STAFF,
    probe: { params: department },
    expect: unitScoped(200),
  },
  'PUT /api/departments/:departmentId/stated-totals/:year': {
    roles: STAFF,
    // A unit of no department: refused after the scope check, nothing replaced.
    probe: { params: department, body: () => ({ units: [{ unitId: randomUUID(), budget: '1.00' }] }) },
    expect: unitScoped('400 STATED_TOTALS.INVALID'),
  },

  // execution monitoring
  'POST /api/execution/records': {
    roles: ALL,
    probe: { serial: true, body: (w) => ({ projectId: w.projectId, asOf: '2024-12-31', executed: '10' }) },
    expect: unitScoped(201),
  },
  'POST /api/execution/records/bulk': {
    roles: ALL,
    probe: {
      serial: true,
      body: (w) => ({ records: [{ projectId: w.projectId, asOf: '2024-12-31', executed: '10' }] }),
    },
    // A project out of scope is a bad row, exactly like one that does not exist.
    expect: {
      ...unitScoped(201),
      otherManager: ROWS_INVALID,
      siblingEvaluator: ROWS_INVALID,
      otherEvaluator: ROWS_INVALID,
    },
  },
  'POST /api/execution/records/import': { roles: ALL, expect: same('400 EXECUTION.FILE_REQUIRED') },
  'GET /api/execution/records/export': {
    roles: ALL,
    probe: { query: year2024 },
    expect: departmentScoped(200),
  },
  'GET /api/execution/records/template': {
    roles: ALL,
    probe: { query: year2024 },
    expect: departmentScoped(200),
  },
  'GET /api/execution/projects/:projectId/history': {
    roles: ALL,
    probe: { params: project },
    expect: unitScoped(200),
  },
  'GET /api/execution/flags': { roles: ALL, expect: same(200) },
  'GET /api/execution/flags/export': { roles: ALL, expect: same(200) },
  'POST /api/execution/flags/:id/answer': {
    roles: ALL,
    probe: {
      serial: true,
      params: (w) => ({ id: w.openFlagId }),
      body: () => ({ reason: '项目延期实施', measure: '继续执行' }),
    },
    expect: unitScoped(200),
  },
  'POST /api/execution/flags/:id/close': {
    roles: STAFF,
    probe: { params: (w) => ({ id: w.closedFlagId }) },
    expect: unitScoped(409), // closed already
  },
  'POST /api/execution/flags/refresh': {
    roles: STAFF,
    probe: { serial: true, body: (w) => ({ departmentId: w.departmentId, year: 2024 }) },
    expect: unitScoped(200),
  },
  'GET /api/execution/rule-sets/:departmentId/:year': {
    roles: ALL,
    probe: { params: department },
    expect: departmentScoped(200),
  },
  'PUT /api/execution/rule-sets/:departmentId/:year': {
    roles: STAFF,
    probe: { params: department, body: () => ({}) },
    expect: unitScoped('400 RULE_SET.INVALID'), // the rule set is checked after the department
  },
  'GET /api/execution/dashboard': {
    roles: ALL,
    probe: { query: year2024 },
    expect: departmentScoped(200),
  },

  // execution monitoring reports (the report exists: opening it again answers 200)
  'POST /api/execution/reports': {
    roles: ['evaluator', 'admin'],
    probe: { body: (w) => ({ unitId: w.unitId, year: 2024, period: 12 }) },
    expect: unitScoped(200),
  },
  'GET /api/execution/reports': { roles: ALL, expect: same(200) },
  'GET /api/execution/reports/:id': { roles: ALL, probe: { params: report }, expect: unitScoped(200) },
  'PATCH /api/execution/reports/:id': {
    roles: EVALUATOR,
    probe: { params: report, body: () => ({ version: STALE }) },
    expect: unitScoped(409),
  },
  'POST /api/execution/reports/:id/submit': {
    roles: EVALUATOR,
    probe: { params: report, ...staleTransition },
    expect: unitScoped(409),
  },
  'POST /api/execution/reports/:id/return': {
    roles: MANAGER,
    probe: { params: report, ...staleTransition },
    expect: unitScoped(409),
  },
  'POST /api/execution/reports/:id/approve': {
    roles: MANAGER,
    probe: { params: report, ...staleTransition },
    expect: unitScoped(409),
  },
  'POST /api/execution/reports/:id/reopen': {
    roles: MANAGER,
    probe: { params: report, ...staleTransition },
    expect: unitScoped(409),
  },

  // self-evaluation
  'POST /api/evaluations/imports': { roles: STAFF, expect: same('400 EVALUATION_IMPORT.FILE_MISSING') },
  'POST /api/projects/:projectId/evaluation': {
    roles: ALL,
    probe: { params: project },
    expect: unitScoped(200),
  },
  'GET /api/evaluations': { roles: ALL, probe: { query: year2024 }, expect: departmentScoped(200) },
  'GET /api/evaluations/export': {
    roles: ALL,
    probe: { query: (w) => `${year2024(w)}&format=json` },
    expect: departmentScoped(200),
  },
  'GET /api/evaluations/:id': { roles: ALL, probe: { params: evaluation }, expect: unitScoped(200) },
  'GET /api/evaluations/:id/export': {
    roles: ALL,
    probe: { params: evaluation, query: () => 'format=json' },
    expect: unitScoped(200),
  },
  'PATCH /api/evaluations/:id': {
    roles: ALL,
    probe: { params: evaluation, body: () => ({ version: STALE }) },
    expect: unitScoped(409),
  },
  'PUT /api/evaluations/:id/profile': {
    roles: STAFF,
    probe: { params: evaluation, body: () => ({ version: STALE, profile: 'standard' }) },
    expect: unitScoped(409),
  },
  'POST /api/evaluations/:id/submit': {
    roles: EVALUATOR,
    probe: { params: evaluation, ...staleTransition },
    expect: unitScoped(409),
  },
  'POST /api/evaluations/:id/return': {
    roles: MANAGER,
    probe: { params: evaluation, ...staleTransition },
    expect: unitScoped(409),
  },
  'POST /api/evaluations/:id/approve': {
    roles: MANAGER,
    probe: { params: evaluation, ...staleTransition },
    expect: unitScoped(409),
  },
  'POST /api/evaluations/:id/reopen': {
    roles: MANAGER,
    probe: { params: evaluation, ...staleTransition },
    expect: unitScoped(409),
  },
  'GET /api/departments/:departmentId/scoring-profiles/:year': {
    roles: ALL,
    probe: { params: department },
    expect: departmentScoped(200),
  },
  'PUT /api/departments/:departmentId/scoring-profiles/:year': {
    roles: STAFF,
    probe: { params: department, body: () => ({ version: STALE, profile: 'standard' }) },
    expect: unitScoped(409),
  },
  'GET /api/evaluations/:id/transitions': {
    roles: ALL,
    probe: { params: evaluation },
    expect: unitScoped(200),
  },

  // reminders (the Bull Board at /api/admin/queues is an @All catch-all for admins: not listed as routes)
  'GET /api/health/queue': { roles: 'public', expect: same(200) },
  'GET /api/departments/:departmentId/reminder-calendars': {
    roles: STAFF,
    probe: { params: department },
    expect: unitScoped(200),
  },
  'GET /api/departments/:departmentId/reminder-calendars/:year': {
    roles: STAFF,
    probe: { params: (w) => ({ departmentId: w.departmentId, year: String(w.calendarYears.read) }) },
    expect: unitScoped(200),
  },
  'PUT /api/departments/:departmentId/reminder-calendars/:year': {
    roles: STAFF,
    probe: {
      serial: true,
      params: (w) => ({ departmentId: w.departmentId, year: String(w.calendarYears.read) }),
      body: () => CALENDAR,
    },
    expect: unitScoped(200),
  },
  'DELETE /api/departments/:departmentId/reminder-calendars/:year': {
    roles: STAFF,
    probe: {
      params: ({ departmentId, calendarYears: years }, caller) => ({
        departmentId,
        year: String(
          caller === 'admin'
            ? years.adminDeletes
            : caller === 'manager'
              ? years.managerDeletes
              : years.nobodyDeletes,
        ),
      }),
    },
    expect: unitScoped(204),
  },
  'GET /api/me/notifications': { roles: ALL, expect: same(200) },
  'GET /api/me/notifications/unread-count': { roles: ALL, expect: same(200) },
  'POST /api/me/notifications/:id/read': {
    roles: ALL,
    // The notification of the own-scope account of the caller's role: someone else's for the others.
    probe: { params: (w, caller) => ({ id: w.notificationIds[ROLE_OF[caller]!] }) },
    expect: unitScoped(204),
  },
  'POST /api/me/notifications/read-all': { roles: ALL, expect: same(201) },
  'GET /api/me/reminder-preferences': { roles: ALL, expect: same(200) },
  'PUT /api/me/reminder-preferences': {
    roles: ALL,
    probe: { body: () => ({ channels: ['in-app'] }) },
    expect: same(200),
  },
  'GET /api/admin/reminder-deliveries': { roles: ADMIN, expect: same(200) },
  'POST /api/admin/reminder-deliveries/:id/retry': {
    roles: ADMIN,
    probe: { params: (w) => ({ id: w.failedDeliveryId }) },
    expect: same(202),
  },
};
