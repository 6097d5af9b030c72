import { Role } from '@jixiao/people';
import { randomUUID } from 'crypto';
import request from 'supertest';
import { createDepartment, TestDepartment } from './support/execution-data';
import { createExecutionTestApp, ExecutionTestApp } from './support/execution-test-app';

type Method = 'get' | 'post' | 'put';
const ALL: Role[] = ['admin', 'manager', 'evaluator'];
const REVIEWERS: Role[] = ['admin', 'manager'];

/** Every execution route: who may call it. Anyone else gets 403; nobody signed in, 401. */
const ROUTES: [Method, string, Role[]][] = [
  ['post', '/api/execution/records', ALL],
  ['post', '/api/execution/records/bulk', ALL],
  ['post', '/api/execution/records/import', ALL],
  ['get', '/api/execution/records/export?year=2024&departmentId=:department', ALL],
  ['get', '/api/execution/records/template?year=2024&departmentId=:department', ALL],
  ['get', '/api/execution/projects/:project/history', ALL],
  ['get', '/api/execution/flags', ALL],
  ['get', '/api/execution/flags/export', ALL],
  ['post', '/api/execution/flags/:flag/answer', ALL],
  ['post', '/api/execution/flags/:flag/close', REVIEWERS],
  ['post', '/api/execution/flags/refresh', REVIEWERS],
  ['get', '/api/execution/rule-sets/:department/2024', ALL],
  ['put', '/api/execution/rule-sets/:department/2024', REVIEWERS],
  ['get', '/api/execution/dashboard?year=2024', ALL],
];

describe('execution routes: roles', () => {
  let t: ExecutionTestApp;
  let data: TestDepartment;
  const headers = new Map<Role, { Authorization: string }>();

  beforeAll(async () => {
    t = await createExecutionTestApp();
    data = await createDepartment(t.dataSource, 2024, [{ name: '项目', budget: '10' }]);
    headers.set('admin', await t.as('admin'));
    headers.set('manager', await t.as('manager', { departmentIds: [data.department.id] }));
    headers.set('evaluator', await t.as('evaluator', { unitIds: [data.units[0].id] }));
  });
  afterAll(() => t.close());

  const url = (path: string) =>
    path
      .replace(':department', data.department.id)
      .replace(':project', data.projects[0].id)
      .replace(':flag', randomUUID());

  it.each(ROUTES)('%s %s without a token → 401', async (method, path) => {
    const res = await request(t.http)[method](url(path));
    expect(res.status).toBe(401);
  });

  it.each(
    ROUTES.flatMap(([method, path, roles]) =>
      ALL.map((role) => [method, path, role, roles.includes(role)] as const),
    ),
  )('%s %s as %s → allowed %s', async (method, path, role, allowed) => {
    const res = await request(t.http)[method](url(path)).set(headers.get(role)!).send({});
    if (allowed) expect([401, 403, 500]).not.toContain(res.status);
    else expect(res.status).toBe(403);
  });
});
