import { SICHUAN_2025_RULE_SET } from '@jixiao/monitoring';
import request from 'supertest';
import { createDepartment, TestDepartment } from './support/execution-data';
import { createExecutionTestApp, ExecutionTestApp } from './support/execution-test-app';

/** In-year monitoring: the injected clock says what today is; 120 万元 budgets make 10 万元 a month the 序时进度. */
describe('in-year monitoring with the injected clock', () => {
  let t: ExecutionTestApp;
  let manager: { Authorization: string };

  beforeAll(async () => {
    t = await createExecutionTestApp();
  });
  afterAll(() => t.close());

  async function department(projects: number, ruleSet?: object): Promise<TestDepartment> {
    const data = await createDepartment(
      t.dataSource,
      2024,
      Array.from({ length: projects }, (_, i) => ({ name: `项目${i + 1}`, budget: '120' })),
    );
    manager = await t.as('manager', { departmentIds: [data.department.id] });
    if (ruleSet)
      await request(t.http)
        .put(`/api/execution/rule-sets/${data.department.id}/2024`)
        .set(manager)
        .send(ruleSet)
        .expect(200);
    return data;
  }

  const lagging = async (projectId: string) =>
    (
      await request(t.http)
        .get('/api/execution/flags')
        .query({ projectId, code: 'LAGGING', status: 'open' })
        .set(manager)
        .expect(200)
    ).body.items;

  // today, executed of 120 as of today → light (progress ÷ month/12), LAGGING colour
  it.each([
    ['2024-04-30', '19.99', 'red', 'severe'], // 20/40 = 49.98 %
    ['2024-04-30', '23.99', 'red', 'severe'], // 59.98 %
    ['2024-04-30', '24', 'yellow', 'moderate'], // 60 %: no longer red
    ['2024-04-30', '31.99', 'yellow', 'moderate'], // 79.98 %
    ['2024-04-30', '32', null, null], // 80 %: green
    ['2024-06-01', '48', null, null], // 48/60 = 80 %
    ['2024-06-01', '47.99', 'yellow', 'moderate'],
  ])('序时进度 light: %s, %s 万元 → %s', async (today, executed, colour, severity) => {
    t.clock.setToday(today);
    const data = await department(1);
    await request(t.http)
      .post('/api/execution/records')
      .set(manager)
      .send({ projectId: data.projects[0].id, asOf: today, executed })
      .expect(201);
    const flags = await lagging(data.projects[0].id);
    expect(flags.map((f: { colour: string; severity: string }) => [f.colour, f.severity])).toEqual(
      colour ? [[colour, severity]] : [],
    );
  });

  // Sichuan checkpoints: 25 % by the end of April, 40 % June, 60 % August, 80 % October.
  it.each([
    ['2024-04-29', '29.99', false], // before the April checkpoint nothing is due
    ['2024-04-30', '29.99', true],
    ['2024-04-30', '30', false],
    ['2024-06-30', '47.99', true],
    ['2024-06-30', '48', false],
    ['2024-08-31', '71.99', true],
    ['2024-08-31', '72', false],
    ['2024-10-31', '95.99', true],
    ['2024-10-31', '96', false],
  ])('Sichuan checkpoint: %s, %s 万元 → lagging %s', async (today, executed, isLagging) => {
    t.clock.setToday(today);
    const data = await department(1, { ...SICHUAN_2025_RULE_SET, departmentCode: null, fiscalYear: null });
    await request(t.http)
      .post('/api/execution/records')
      .set(manager)
      .send({ projectId: data.projects[0].id, asOf: today, executed })
      .expect(201);
    const flags = await lagging(data.projects[0].id);
    expect(flags.length).toBe(isLagging ? 1 : 0);
    if (isLagging)
      expect(flags[0].figures.checkpoint).toEqual({
        month: Number(today.slice(5, 7)),
        minRate: expect.any(String),
      });
  });

  it('time passing turns a stale green project red on refresh; a new figure closes the flag by itself', async () => {
    t.clock.setToday('2024-03-31');
    const data = await department(2);
    const [a, b] = data.projects;
    await request(t.http)
      .post('/api/execution/records/bulk')
      .set(manager)
      .send({
        records: [
          { projectId: a.id, asOf: '2024-03-31', executed: '30' },
          { projectId: b.id, asOf: '2024-03-31', executed: '30' },
        ],
      })
      .expect(201);
    expect(await lagging(a.id)).toEqual([]);

    t.clock.setToday('2024-07-10'); // 30 of 70 due: 42.9 %
    const refreshed = await request(t.http)
      .post('/api/execution/flags/refresh')
      .set(manager)
      .send({ departmentId: data.department.id, year: 2024 })
      .expect(200);
    expect(refreshed.body.opened.map((f: { code: string; colour: string }) => [f.code, f.colour])).toEqual([
      ['LAGGING', 'red'],
      ['LAGGING', 'red'],
    ]);

    const dashboard = await request(t.http)
      .get('/api/execution/dashboard')
      .query({ year: 2024, departmentId: data.department.id })
      .set(manager)
      .expect(200);
    expect(dashboard.body.total).toMatchObject({
      budget: '240',
      executed: '60',
      rate: '25.0',
      flags: { total: 2, byCode: { LAGGING: 2 }, byColour: { red: 2, yellow: 0 } },
    });

    const caughtUp = await request(t.http)
      .post('/api/execution/records')
      .set(manager)
      .send({ projectId: a.id, asOf: '2024-07-10', executed: '70' })
      .expect(201);
    expect(caughtUp.body.flags.closed).toEqual([
      expect.objectContaining({ code: 'LAGGING', status: 'closed' }),
    ]);
    const closed = await request(t.http)
      .get('/api/execution/flags')
      .query({ projectId: a.id, status: 'closed' })
      .set(manager)
      .expect(200);
    expect(closed.body.items[0].closingNote).toBe('2024-07-10 重新计算后该预警不再成立，已自动关闭');
  });

  it('an answered lagging flag keeps its answer while it persists with new figures', async () => {
    t.clock.setToday('2024-05-31');
    const data = await department(1);
    const project = data.projects[0];
    await request(t.http)
      .post('/api/execution/records')
      .set(manager)
      .send({ projectId: project.id, asOf: '2024-05-31', executed: '20' })
      .expect(201);
    const [flag] = await lagging(project.id);
    await request(t.http)
      .post(`/api/execution/flags/${flag.id}/answer`)
      .set(manager)
      .send({ reason: '招标延期', measure: '继续执行' })
      .expect(200);

    t.clock.setToday('2024-06-30');
    const res = await request(t.http)
      .post('/api/execution/records')
      .set(manager)
      .send({ projectId: project.id, asOf: '2024-06-30', executed: '25' })
      .expect(201);
    expect(res.body.flags.updated).toEqual([expect.objectContaining({ id: flag.id, status: 'answered' })]);
    const [current] = await lagging(project.id);
    expect(current).toBeUndefined();
    const answered = await request(t.http)
      .get('/api/execution/flags')
      .query({ projectId: project.id, status: 'answered' })
      .set(manager)
      .expect(200);
    expect(answered.body.items).toEqual([
      expect.objectContaining({
        id: flag.id,
        reason: '招标延期',
        measure: '继续执行',
        figures: expect.objectContaining({ executed: '25' }),
      }),
    ]);
  });

  it('the adjusted budget (调整后预算数) is what the rate divides by, and carries over to later records', async () => {
    t.clock.setToday('2024-06-30');
    const data = await department(1);
    const project = data.projects[0];
    await request(t.http)
      .post('/api/execution/records')
      .set(manager)
      .send({ projectId: project.id, asOf: '2024-05-31', executed: '30', adjustedBudget: '60' })
      .expect(201);
    await request(t.http)
      .post('/api/execution/records')
      .set(manager)
      .send({ projectId: project.id, asOf: '2024-06-30', executed: '30' })
      .expect(201);
    const history = await request(t.http)
      .get(`/api/execution/projects/${project.id}/history`)
      .set(manager)
      .expect(200);
    expect(
      history.body.records.map((r: { adjustedBudget: string; rate: string }) => [r.adjustedBudget, r.rate]),
    ).toEqual([
      ['60', '50.0'],
      ['60', '50.0'],
    ]);
    expect(history.body.current).toMatchObject({ basis: 'adjusted', light: 'green', timeProgress: '50.0' });
  });

  it('concurrent writers to one project queue on its lock: every write lands, one current flag', async () => {
    t.clock.setToday('2024-09-30');
    const data = await department(1);
    const project = data.projects[0];
    const months = [1, 2, 3, 4, 5, 6, 7, 8, 9];
    const responses = await Promise.all(
      months.map((m) =>
        request(t.http)
          .post('/api/execution/records')
          .set(manager)
          .send({ projectId: project.id, asOf: `2024-0${m}-28`, executed: String(m * 4) }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(months.map(() => 201));
    const flags = await lagging(project.id);
    expect(flags).toEqual([
      expect.objectContaining({ colour: 'red', figures: expect.objectContaining({ executed: '36' }) }),
    ]);
  });
});
