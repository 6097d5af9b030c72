import { AuditService, UserService } from '@jixiao/people';
import request from 'supertest';
import { createTestUser, TestUser } from '../support/auth';
import { uniqueSuffix } from '../support/test-app';
import { bearer, createPeopleTestApp, login, PeopleTestApp } from './support/people-test-app';
import { createDepartmentWithUnit, ScopeWorld } from './support/scope-fixtures';

describe('user administration', () => {
  let t: PeopleTestApp;
  let admin: TestUser;
  let own: ScopeWorld;
  let other: ScopeWorld;
  let manager: TestUser;
  let evaluator: TestUser;
  let foreignEvaluator: TestUser;

  beforeAll(async () => {
    t = await createPeopleTestApp();
    own = await createDepartmentWithUnit(t.dataSource);
    other = await createDepartmentWithUnit(t.dataSource);
    admin = await createTestUser(t, { role: 'admin' });
    manager = await createTestUser(t, { role: 'manager', departmentIds: [own.departmentId] });
    evaluator = await createTestUser(t, { role: 'evaluator', unitIds: [own.unitId] });
    foreignEvaluator = await createTestUser(t, { role: 'evaluator', unitIds: [other.unitId] });
  });
  afterAll(() => t.close());

  it('an admin creates an evaluator: its departments come from its units; the generated password works once', async () => {
    const username = `Eval-${uniqueSuffix()}`;
    const created = await request(t.http)
      .post('/api/users')
      .set(admin.headers)
      .send({ username, displayName: '张三', role: 'evaluator', unitIds: [own.unitId] })
      .expect(201);
    expect(created.body.user).toMatchObject({
      username: username.toLowerCase(),
      role: 'evaluator',
      unitIds: [own.unitId],
      departmentIds: [own.departmentId],
      mustChangePassword: true,
      version: 1,
    });
    expect(created.body.user).not.toHaveProperty('passwordHash');
    expect(created.body.temporaryPassword).toMatch(/^\S{16}$/);
    const first = await login(t, username, created.body.temporaryPassword).expect(200);
    expect(first.body.mustChangePassword).toBe(true);

    const duplicate = await request(t.http)
      .post('/api/users')
      .set(admin.headers)
      .send({ username, role: 'admin' })
      .expect(409);
    expect(duplicate.body.code).toBe('USER.ALREADY_EXISTS');
  });

  it.each([
    [{ role: 'manager' }, 'USER.SCOPE_INVALID'],
    [{ role: 'manager', departmentIds: ['00000000-0000-4000-8000-000000000000'] }, 'USER.SCOPE_INVALID'],
    [{ role: 'evaluator', unitIds: [] }, 'USER.SCOPE_INVALID'],
    [{ role: 'admin', unitIds: ['00000000-0000-4000-8000-000000000000'] }, 'USER.SCOPE_INVALID'],
    [{ role: 'boss' }, 'VALIDATION.FAILED'],
    [{ role: 'admin', username: 'a b' }, 'VALIDATION.FAILED'],
  ])('refuses %j with %s', async (body, code) => {
    const response = await request(t.http)
      .post('/api/users')
      .set(admin.headers)
      .send({ username: `bad-${uniqueSuffix()}`, ...body })
      .expect(400);
    expect(response.body.code).toBe(code);
  });

  it("an evaluator's departments must be those of its units", async () => {
    const response = await request(t.http)
      .post('/api/users')
      .set(admin.headers)
      .send({
        username: `mix-${uniqueSuffix()}`,
        role: 'evaluator',
        unitIds: [own.unitId],
        departmentIds: [other.departmentId],
      })
      .expect(400);
    expect(response.body).toMatchObject({
      code: 'USER.SCOPE_INVALID',
      details: { foreign: [other.departmentId] },
    });
  });

  it("a manager reads the accounts of its department; another department's account is 404", async () => {
    const list = await request(t.http).get('/api/users?pageSize=200').set(manager.headers).expect(200);
    const ids = list.body.items.map((user: { id: string }) => user.id);
    expect(ids).toEqual(expect.arrayContaining([manager.user.id, evaluator.user.id]));
    expect(ids).not.toContain(foreignEvaluator.user.id);
    expect(ids).not.toContain(admin.user.id);
    await request(t.http).get(`/api/users/${evaluator.user.id}`).set(manager.headers).expect(200);
    const hidden = await request(t.http)
      .get(`/api/users/${foreignEvaluator.user.id}`)
      .set(manager.headers)
      .expect(404);
    expect(hidden.body.code).toBe('USER.NOT_FOUND');
    await request(t.http).get(`/api/users/${foreignEvaluator.user.id}`).set(admin.headers).expect(200);
  });

  it.each([
    ['manager', 'POST', '/api/users'],
    ['manager', 'PATCH', '/api/users/:id'],
    ['manager', 'POST', '/api/users/:id/reset-password'],
    ['manager', 'POST', '/api/users/:id/unlock'],
    ['manager', 'GET', '/api/audit'],
    ['evaluator', 'GET', '/api/users'],
    ['evaluator', 'GET', '/api/users/:id'],
    ['evaluator', 'GET', '/api/audit'],
  ])('a %s gets 403 on %s %s', async (role, method, path) => {
    const caller = role === 'manager' ? manager : evaluator;
    const url = path.replace(':id', evaluator.user.id);
    const verb = method.toLowerCase() as 'get' | 'post' | 'patch';
    const response = await request(t.http)[verb](url).set(caller.headers).send({});
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('AUTH.FORBIDDEN');
  });

  it('role and scope changes apply to live sessions at once; a stale version is 409 and audited', async () => {
    const target = await createTestUser(t, { role: 'evaluator', unitIds: [own.unitId] });
    const moved = await request(t.http)
      .patch(`/api/users/${target.user.id}`)
      .set(admin.headers)
      .send({ version: target.user.version, role: 'manager', departmentIds: [other.departmentId] })
      .expect(200);
    expect(moved.body).toMatchObject({
      role: 'manager',
      departmentIds: [other.departmentId],
      unitIds: [],
      version: 2,
    });
    const me = await request(t.http).get('/api/auth/me').set(target.headers).expect(200);
    expect(me.body).toMatchObject({ role: 'manager', departments: [expect.objectContaining({ id: other.departmentId })] });

    const stale = await request(t.http)
      .patch(`/api/users/${target.user.id}`)
      .set(admin.headers)
      .send({ version: target.user.version, displayName: '李四' })
      .expect(409);
    expect(stale.body).toMatchObject({
      code: 'USER.VERSION_CONFLICT',
      details: { expectedVersion: 1, currentVersion: 2 },
    });
    const audit = await t.app
      .get(AuditService)
      .list({ objectType: 'USER', objectId: target.user.id, action: 'USER.UPDATE', page: 1, pageSize: 10 });
    expect(audit.items.map((entry) => [entry.outcome, entry.detail])).toEqual([
      ['failure', 'USER.VERSION_CONFLICT'],
      ['success', null],
    ]);
    expect(audit.items[1]).toMatchObject({
      before: { role: 'evaluator', version: 1 },
      after: { role: 'manager', version: 2 },
    });
  });

  it('two concurrent updates from one version: exactly one wins, the other is 409', async () => {
    const target = await createTestUser(t, { role: 'admin' });
    const [a, b] = await Promise.all(
      ['甲', '乙'].map((displayName) =>
        request(t.http)
          .patch(`/api/users/${target.user.id}`)
          .set(admin.headers)
          .send({ version: target.user.version, displayName }),
      ),
    );
    expect([a.status, b.status].sort()).toEqual([200, 409]);
  });

  it('an admin cannot disable itself or change its own role', async () => {
    const response = await request(t.http)
      .patch(`/api/users/${admin.user.id}`)
      .set(admin.headers)
      .send({ version: admin.user.version, disabled: true })
      .expect(400);
    expect(response.body.code).toBe('USER.SELF_DEMOTION');
  });

  it('a password reset ends the sessions and forces a change; the old password is gone', async () => {
    const target = await createTestUser(t, { role: 'evaluator', unitIds: [own.unitId] });
    const reset = await request(t.http)
      .post(`/api/users/${target.user.id}/reset-password`)
      .set(admin.headers)
      .expect(200);
    expect(reset.body.temporaryPassword).toMatch(/^\S{16}$/);
    await request(t.http).get('/api/auth/me').set(target.headers).expect(401);
    await login(t, target.user.username, target.password).expect(401);
    const session = await login(t, target.user.username, reset.body.temporaryPassword).expect(200);
    expect(session.body.mustChangePassword).toBe(true);
    await request(t.http).get('/api/projects').set(bearer(session.body.accessToken)).expect(403);
  });

  it('createFirstAdmin: refused once an admin exists (the CLI cannot mint a second way in)', async () => {
    await expect(t.app.get(UserService).createFirstAdmin(`root-${uniqueSuffix()}`)).rejects.toMatchObject({
      code: 'USER.ADMIN_EXISTS',
    });
  });
});
