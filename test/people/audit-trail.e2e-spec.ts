import request from 'supertest';
import { createDepartment, TestDepartment } from '../execution/support/execution-data';
import { createExecutionTestApp, ExecutionTestApp } from '../execution/support/execution-test-app';

/**
 * 等保 2.0 audit trail of the feature modules: one representative action per area, each seen through
 * GET /api/audit with its user, object, before/after, outcome and the client address of the request.
 */
describe('audit trail of targets, execution and reminders', () => {
  let t: ExecutionTestApp;
  let admin: { Authorization: string };
  let manager: { Authorization: string };
  let managerName: string;
  let data: TestDepartment;

  beforeAll(async () => {
    t = await createExecutionTestApp();
    t.clock.setToday('2024-06-30');
    data = await createDepartment(t.dataSource, 2024, [{ name: '审计项目', budget: '120' }]);
    admin = await t.as('admin');
    manager = await t.as('manager', { departmentIds: [data.department.id] });
    managerName = (await request(t.http).get('/api/auth/me').set(manager).expect(200)).body.username;
  });
  afterAll(() => t.close());

  /** The newest entry of this action on this object. */
  async function entry(action: string, objectId: string, outcome = 'success') {
    const res = await request(t.http)
      .get('/api/audit')
      .query({ action, objectId, outcome })
      .set(admin)
      .expect(200);
    expect(res.body.items.length).toBeGreaterThan(0);
    return res.body.items[0];
  }

  const byManager = () => ({
    username: managerName,
    userId: expect.any(String),
    clientAddress: expect.stringMatching(/127\.0\.0\.1|::1/),
  });

  it('a project update: before and after, in the same transaction as the change', async () => {
    const project = data.projects[0];
    await request(t.http)
      .patch(`/api/projects/${project.id}`)
      .set(manager)
      .send({ version: project.version, goal: '按期完成' })
      .expect(200);
    expect(await entry('PROJECT.UPDATE', project.id)).toMatchObject({
      ...byManager(),
      objectType: 'PROJECT',
      outcome: 'success',
      before: { goal: null, budget: '120', version: project.version },
      after: { goal: '按期完成', budget: '120', version: project.version + 1 },
    });
  });

  it('a refused project update (stale version) is a failure, and the change is not recorded as done', async () => {
    const project = data.projects[0];
    await request(t.http)
      .patch(`/api/projects/${project.id}`)
      .set(manager)
      .send({ version: project.version, goal: '过期的版本' })
      .expect(409);
    const failure = await entry('PROJECT.UPDATE', project.id, 'failure');
    expect(failure).toMatchObject({ ...byManager(), objectType: 'PROJECT', outcome: 'failure', after: null });
    expect(failure.detail).toBe('PROJECT.STALE_VERSION');
    const successes = await request(t.http)
      .get('/api/audit')
      .query({ action: 'PROJECT.UPDATE', objectId: project.id, outcome: 'success' })
      .set(admin)
      .expect(200);
    expect(successes.body.total).toBe(1);
  });

  it('an execution record, then the answer of the flag it opened', async () => {
    const project = data.projects[0];
    await request(t.http)
      .post('/api/execution/records')
      .set(manager)
      .send({ projectId: project.id, asOf: '2024-06-30', executed: '10' })
      .expect(201);
    expect(await entry('EXECUTION_RECORD.CREATE', project.id)).toMatchObject({
      ...byManager(),
      objectType: 'PROJECT',
      before: null,
      after: { asOf: '2024-06-30', executed: '10', flags: { opened: expect.any(Number) } },
    });

    const flags = await request(t.http)
      .get('/api/execution/flags')
      .query({ projectId: project.id, status: 'open' })
      .set(manager)
      .expect(200);
    const flag = flags.body.items[0];
    await request(t.http)
      .post(`/api/execution/flags/${flag.id}/answer`)
      .set(manager)
      .send({ reason: '资金拨付滞后', measure: '继续执行' })
      .expect(200);
    expect(await entry('FLAG.ANSWER', flag.id)).toMatchObject({
      ...byManager(),
      objectType: 'FLAG',
      before: { status: 'open', reason: null },
      after: { status: 'answered', reason: '资金拨付滞后' },
    });
  });

  it('a rule-set PUT: the default before, the stored one after; an invalid one is a failure', async () => {
    const departmentId = data.department.id;
    const ruleSet = (
      await request(t.http).get(`/api/execution/rule-sets/${departmentId}/2024`).set(manager).expect(200)
    ).body.ruleSet;
    await request(t.http)
      .put(`/api/execution/rule-sets/${departmentId}/2024`)
      .set(manager)
      .send(ruleSet)
      .expect(200);
    expect(await entry('RULE_SET.PUT', departmentId)).toMatchObject({
      ...byManager(),
      objectType: 'DEPARTMENT',
      before: { fiscalYear: 2024, source: 'default' },
      after: { fiscalYear: 2024, source: 'stored', ruleSet: expect.any(Object) },
    });

    await request(t.http)
      .put(`/api/execution/rule-sets/${departmentId}/2024`)
      .set(manager)
      .send({
        ...ruleSet,
        yearEnd: { ...ruleSet.yearEnd, overExecuted: { above: 100, severity: 'moderate' } },
      })
      .expect(400);
    expect(await entry('RULE_SET.PUT', departmentId, 'failure')).toMatchObject({
      ...byManager(),
      outcome: 'failure',
      detail: 'RULE_SET.INVALID',
    });
  });

  it('a reminder calendar PUT', async () => {
    const departmentId = data.department.id;
    const calendar = {
      deadlines: [
        { key: 'self-evaluation', kind: 'self-evaluation', label: '年度绩效自评', dueDate: '2025-06-30' },
      ],
      leadDays: [7],
      escalationDays: 3,
    };
    await request(t.http)
      .put(`/api/departments/${departmentId}/reminder-calendars/2024`)
      .set(manager)
      .send(calendar)
      .expect(200);
    expect(await entry('REMINDER_CALENDAR.PUT', departmentId)).toMatchObject({
      ...byManager(),
      objectType: 'DEPARTMENT',
      before: null,
      after: { year: 2024, leadDays: [7], escalationDays: 3, deadlines: calendar.deadlines },
    });
  });
});
