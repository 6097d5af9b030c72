import { Role } from '@jixiao/people';
import { ScopeFixtureName } from './route-fixtures';

/**
 * The authorisation matrix: EVERY route the API serves, and who may call it. The matrix test
 * (authorisation-matrix.e2e-spec.ts) fails on a route missing here, on a row for a route that no
 * longer exists, and on a row whose roles differ from the route's @Roles/@Public. Then, for each
 * route: anonymous → 401 (public routes: anything but 401/403), a role not listed → 403, a role
 * listed → past the guard (not 401/403, not 5xx, with a random uuid for each `:param`).
 *
 * Adding a route: add its row, `'METHOD /api/path/:param': { roles: [...] }`. If it reads or
 * writes one object of a unit or department, add `scoped` with a fixture from route-fixtures.ts
 * (add one if none fits): callers of the object's own scope get `own[role]`, callers of another
 * department/unit get 404.
 */
export interface RouteRule {
  /** Who passes the guard: the route's @Roles, or 'public'. */
  roles: readonly Role[] | 'public';
  /** Served by Express outside Nest's controllers (Swagger UI): no guard runs, so it must be public. */
  outsideNest?: true;
  /** Request for the probes: `skip` leaves out the listed-role probe (the guard checks still run). */
  probe?: 'skip' | { params?: Record<string, string>; query?: string; body?: object };
  scoped?: { fixture: ScopeFixtureName; own: Partial<Record<Role, number>>; query?: string };
}

const ALL: readonly Role[] = ['admin', 'manager', 'evaluator'];
const STAFF: readonly Role[] = ['admin', 'manager'];
const ADMIN: readonly Role[] = ['admin'];
const MANAGER: readonly Role[] = ['manager'];
const EVALUATOR: readonly Role[] = ['evaluator'];
const SWAGGER: RouteRule = { roles: 'public', outsideNest: true };

export const ROUTE_PERMISSIONS: Record<string, RouteRule> = {
  // API documentation (Swagger UI, OpenAPI document).
  'GET /docs': SWAGGER,
  'GET /docs/': SWAGGER,
  'GET /docs/index.html': SWAGGER,
  'GET /docs/LICENSE': SWAGGER,
  'GET /docs/swagger-ui-init.js': SWAGGER,
  'GET /docs/docs/swagger-ui-init.js': SWAGGER,
  'GET /docs-json': SWAGGER,
  'GET /docs-yaml': SWAGGER,

  'GET /api/health': { roles: 'public' },

  // people: authentication
  'POST /api/auth/login': { roles: 'public' },
  'POST /api/auth/refresh': { roles: 'public' },
  'POST /api/auth/logout': { roles: ALL },
  'POST /api/auth/change-password': { roles: ALL },
  'GET /api/auth/me': { roles: ALL },
  // people: accounts and audit
  'GET /api/users': { roles: STAFF },
  'GET /api/users/:id': { roles: STAFF, scoped: { fixture: 'user', own: { admin: 200, manager: 200 } } },
  'POST /api/users': { roles: ADMIN },
  'PATCH /api/users/:id': { roles: ADMIN },
  'POST /api/users/:id/reset-password': { roles: ADMIN },
  'POST /api/users/:id/unlock': { roles: ADMIN },
  'GET /api/audit': { roles: ADMIN },

  // targets
  'POST /api/imports': { roles: STAFF },
  'POST /api/imports/:id/commit': { roles: STAFF },
  'GET /api/imports': { roles: STAFF },
  'GET /api/imports/:id': { roles: STAFF },
  'GET /api/departments': { roles: ALL },
  'GET /api/departments/:id': {
    roles: ALL,
    scoped: { fixture: 'department', own: { admin: 200, manager: 200, evaluator: 200 } },
  },
  'POST /api/departments': { roles: ADMIN },
  'PATCH /api/departments/:id': { roles: STAFF },
  'DELETE /api/departments/:id': { roles: ADMIN },
  'GET /api/units': { roles: ALL },
  'GET /api/units/:id': {
    roles: ALL,
    scoped: { fixture: 'unit', own: { admin: 200, manager: 200, evaluator: 200 } },
  },
  'POST /api/units': { roles: STAFF },
  'PATCH /api/units/:id': { roles: STAFF },
  'DELETE /api/units/:id': { roles: STAFF },
  'GET /api/projects': { roles: ALL },
  'GET /api/projects/export': { roles: ALL },
  'GET /api/projects/:id': {
    roles: ALL,
    scoped: { fixture: 'project', own: { admin: 200, manager: 200, evaluator: 200 } },
  },
  'POST /api/projects': { roles: STAFF },
  'PATCH /api/projects/:id': { roles: STAFF },
  'DELETE /api/projects/:id': { roles: STAFF },
  'GET /api/indicators': { roles: ALL },
  'GET /api/indicators/:id': { roles: ALL },
  'POST /api/indicators': { roles: STAFF },
  'PATCH /api/indicators/:id': { roles: STAFF },
  'DELETE /api/indicators/:id': { roles: STAFF },
  'GET /api/departments/:id/targets': { roles: ALL },
  'GET /api/department-targets/:id': { roles: ALL },

  // execution monitoring
  'POST /api/execution/records': { roles: ALL },
  'POST /api/execution/records/bulk': { roles: ALL },
  'POST /api/execution/records/import': { roles: ALL },
  'GET /api/execution/records/export': { roles: ALL },
  'GET /api/execution/records/template': { roles: ALL },
  'GET /api/execution/projects/:projectId/history': {
    roles: ALL,
    scoped: {
      fixture: 'project',
      own: { admin: 200, manager: 200, evaluator: 200 },
      query: 'fiscalYear=2024',
    },
  },
  'GET /api/execution/flags': { roles: ALL },
  'GET /api/execution/flags/export': { roles: ALL },
  'POST /api/execution/flags/:id/answer': { roles: ALL },
  'POST /api/execution/flags/:id/close': { roles: STAFF },
  'POST /api/execution/flags/refresh': { roles: STAFF },
  'GET /api/execution/rule-sets/:departmentId/:fiscalYear': { roles: ALL },
  'PUT /api/execution/rule-sets/:departmentId/:fiscalYear': { roles: STAFF },
  'GET /api/execution/dashboard': { roles: ALL },

  // self-evaluation
  'POST /api/evaluations/imports': { roles: STAFF },
  'POST /api/projects/:projectId/evaluation': { roles: ALL },
  'GET /api/evaluations': { roles: ALL },
  'GET /api/evaluations/export': { roles: ALL },
  'GET /api/evaluations/:id': { roles: ALL },
  'GET /api/evaluations/:id/export': { roles: ALL },
  'PATCH /api/evaluations/:id': { roles: ALL },
  'PUT /api/evaluations/:id/profile': { roles: STAFF },
  'POST /api/evaluations/:id/submit': { roles: EVALUATOR },
  'POST /api/evaluations/:id/return': { roles: MANAGER },
  'POST /api/evaluations/:id/approve': { roles: MANAGER },
  'POST /api/evaluations/:id/reopen': { roles: MANAGER },
  'GET /api/evaluations/:id/transitions': { roles: ALL },

  // reminders (the Bull Board at /api/admin/queues is an @All catch-all for admins: not listed as routes)
  'GET /api/health/queue': { roles: 'public' },
  'GET /api/departments/:departmentId/reminder-calendars': { roles: STAFF },
  'GET /api/departments/:departmentId/reminder-calendars/:year': { roles: STAFF },
  'PUT /api/departments/:departmentId/reminder-calendars/:year': { roles: STAFF },
  'DELETE /api/departments/:departmentId/reminder-calendars/:year': { roles: STAFF },
  'GET /api/me/notifications': { roles: ALL },
  'GET /api/me/notifications/unread-count': { roles: ALL },
  'POST /api/me/notifications/:id/read': { roles: ALL },
  'POST /api/me/notifications/read-all': { roles: ALL },
  'GET /api/me/reminder-preferences': { roles: ALL },
  'PUT /api/me/reminder-preferences': { roles: ALL },
  'GET /api/admin/reminder-deliveries': { roles: ADMIN },
  'POST /api/admin/reminder-deliveries/:id/retry': { roles: ADMIN },
};
