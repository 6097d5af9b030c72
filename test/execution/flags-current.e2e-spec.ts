import { ReminderJob, ReminderQueue } from '@jixiao/reminders';
import request from 'supertest';
import { createTestUser, TestUser } from '../support/auth';
import {
  createDepartment as createDepartmentByApi,
  Headers,
  importInto,
  seed,
} from '../targets/support/target-api';
import { drained, eventually, suiteConfig } from '../reminders/support/reminder-test-env';
import { countRows, createDepartment, TestDepartment } from './support/execution-data';
import { createExecutionTestApp, ExecutionTestApp } from './support/execution-test-app';
import { createExecutionWorker, ExecutionWorker } from './support/execution-worker';
import { FixedClock } from './support/fixed-clock';

/**
 * Flags kept current on every change: target edits and imports recompute them in the same transaction, a
 * moved project takes its flags along, the worker's daily job follows 序时进度, and every opened flag
 * reaches the unit as a reminder. The year 2038 is this suite's own: the daily job refreshes every
 * department of the clock's year (and the one before), and no other suite's data lies there.
 */
const YEAR = 2038;

describe('flags kept current on every change', () => {
  const config = suiteConfig();
  const clock = new FixedClock();
  let t: ExecutionTestApp;
  let worker: ExecutionWorker;

  beforeAll(async () => {
    t = await createExecutionTestApp(config, clock);
    worker = await createExecutionWorker(config, clock);
  });
  afterAll(async () => {
    await worker?.close();
    await t?.close();
  });

  async function setUp(units = 1): Promise<{ data: TestDepartment; manager: { Authorization: string } }> {
    const data = await createDepartment(t.dataSource, YEAR, [{ name: '医疗救助', budget: '120' }], units);
    return { data, manager: await t.as('manager', { departmentIds: [data.department.id] }) };
  }

  const flags = async (headers: Headers, query: Record<string, string>) =>
    (await request(t.http).get('/api/execution/flags').query(query).set(headers).expect(200)).body.items;

  const record = (headers: Headers, projectId: string, asOf: string, executed: string) =>
    request(t.http)
      .post('/api/execution/records')
      .set(headers)
      .send({ projectId, asOf, executed })
      .expect(201);

  const patchProject = async (headers: Headers, projectId: string, change: object) => {
    const { version } = (await request(t.http).get(`/api/projects/${projectId}`).set(headers).expect(200))
      .body;
    return request(t.http)
      .patch(`/api/projects/${projectId}`)
      .set(headers)
      .send({ version, ...change })
      .expect(200);
  };

  it('a budget edited to 0 through the API opens NO_BUDGET at once; a budget again closes it', async () => {
    clock.setToday(`${YEAR}-04-30`);
    const { data, manager } = await setUp();
    const projectId = data.projects[0].id;
    await record(manager, projectId, `${YEAR}-04-30`, '40'); // 40/120 against 4/12: on time
    expect(await flags(manager, { projectId, status: 'open' })).toEqual([]);

    await patchProject(manager, projectId, { budget: '0' });
    expect(await flags(manager, { projectId, status: 'open' })).toEqual([
      expect.objectContaining({ code: 'NO_BUDGET', figures: expect.objectContaining({ budget: '0' }) }),
    ]);

    await patchProject(manager, projectId, { budget: '120' });
    expect(await flags(manager, { projectId, status: 'open' })).toEqual([]);
    expect(await flags(manager, { projectId, code: 'NO_BUDGET' })).toEqual([
      expect.objectContaining({ status: 'closed', closingNote: expect.stringContaining('已自动关闭') }),
    ]);
  });

  it('a project moved to another unit takes its flags along: the new unit sees them, the old one no longer', async () => {
    clock.setToday(`${YEAR}-06-30`);
    const { data, manager } = await setUp(2);
    const projectId = data.projects[0].id;
    await record(manager, projectId, `${YEAR}-06-30`, '20'); // 20/120 against 6/12: red
    const scoped = (unit: number) =>
      t.as('evaluator', { departmentIds: [data.department.id], unitIds: [data.units[unit].id] });
    const [oldUnit, newUnit] = [await scoped(0), await scoped(1)];
    expect(await flags(oldUnit, { projectId })).toHaveLength(1);
    expect(await flags(newUnit, { projectId })).toHaveLength(0);

    await patchProject(manager, projectId, { unitId: data.units[1].id });
    expect(await flags(manager, { projectId })).toEqual([
      expect.objectContaining({
        code: 'LAGGING',
        status: 'open',
        unit: expect.objectContaining({ id: data.units[1].id }),
      }),
    ]);
    expect(await flags(newUnit, { projectId })).toHaveLength(1);
    expect(await flags(oldUnit, { projectId })).toHaveLength(0);
    expect(await flags(manager, { unitId: data.units[0].id })).toEqual([]);
  });

  it('an import commit reconciles the department in its own transaction, no refresh needed', async () => {
    const admin = await t.as('admin');
    const department = await createDepartmentByApi(t, admin, '乐山市医疗保障局');
    await importInto(t, admin, department.id, 'leshan-2024-budget.txt', seed('leshan-2024-budget.txt'));
    // The 27 projects add up to 1672.83 against the stated 1672.81; two of the three units are a cent off.
    const open = await flags(admin, { departmentId: department.id, status: 'open' });
    expect(open.map((f: { code: string; figures: { stated: string; sum: string } }) => [f.code, f.figures.stated, f.figures.sum])).toEqual(
      expect.arrayContaining([
        ['UNRECONCILED', '1672.81', '1672.83'],
        ['UNRECONCILED', '782.20', '782.21'],
        ['UNRECONCILED', '810.37', '810.38'],
      ]),
    );
    expect(open).toHaveLength(3);
  });

  describe('reminders and the daily refresh, through the worker', () => {
    let data: TestDepartment;
    let manager: { Authorization: string };
    let evaluator: TestUser;

    beforeAll(async () => {
      ({ data, manager } = await setUp());
      evaluator = await createTestUser(t, {
        role: 'evaluator',
        departmentIds: [data.department.id],
        unitIds: [data.units[0].id],
      });
    });

    const notifications = async () =>
      (await request(t.http).get('/api/me/notifications').set(evaluator.headers).expect(200)).body.items as {
        title: string;
        body: string;
      }[];

    it('the worker keeps a daily flags-refresh scheduler in the configured time zone', async () => {
      const scheduler = await eventually(async () => {
        const found = await worker.queues.queue(ReminderQueue.Schedules).getJobScheduler('flags-refresh');
        if (!found) throw new Error('no flags-refresh scheduler yet');
        return found;
      });
      expect(scheduler).toMatchObject({
        name: ReminderJob.FlagsRefresh,
        tz: config.REMINDER_TIME_ZONE,
        pattern: config.REMINDER_FLAGS_REFRESH_CRON,
      });
    });

    it('advancing the clock and running the job opens LAGGING, and the unit is told in-app', async () => {
      clock.setToday(`${YEAR}-03-31`);
      const projectId = data.projects[0].id;
      await record(manager, projectId, `${YEAR}-03-31`, '30'); // 30/120 against 3/12: on time
      expect(await flags(manager, { projectId, status: 'open' })).toEqual([]);

      clock.setToday(`${YEAR}-06-30`); // nothing written: only 序时进度 (6/12) moved
      await worker.queues.add({
        name: ReminderJob.FlagsRefresh,
        data: {},
        jobId: `flags-refresh-${Date.now()}`,
      });
      await drained(worker.queues);
      const [lagging] = await eventually(async () => {
        const open = await flags(manager, { projectId, code: 'LAGGING', status: 'open' });
        expect(open).toHaveLength(1);
        return open;
      });
      expect(lagging).toMatchObject({
        colour: 'red',
        figures: expect.objectContaining({ asOf: `${YEAR}-06-30` }),
      });
      const told = await eventually(async () => {
        const items = (await notifications()).filter((n) => n.title.includes('执行进度滞后'));
        expect(items).toHaveLength(1);
        return items;
      });
      expect(told[0].body).toContain(lagging.message);
    });

    it('recording an execution that opens a flag reaches the unit in-app, once', async () => {
      const before = (await notifications()).length;
      // Spent more than the whole budget: OVER_EXECUTED on top of the LAGGING above (now cleared).
      const res = await record(manager, data.projects[0].id, `${YEAR}-06-30`, '130');
      const opened = res.body.flags.opened.map((f: { code: string }) => f.code);
      expect(opened).toEqual(['OVER_EXECUTED']);
      await eventually(async () => {
        await drained(worker.queues);
        const items = await notifications();
        expect(items).toHaveLength(before + 1);
        expect(items[0].title).toContain('超预算执行');
      });
    });
  });

  it('a spreadsheet row with a project and date but no 累计执行数 is a 400 naming row and field; blank rows are skipped', async () => {
    clock.setToday(`${YEAR}-05-10`);
    const { data, manager } = await setUp();
    const projectId = data.projects[0].id;
    const before = await countRows(t.dataSource, [projectId]);
    const csv = [
      '项目ID,项目名称,截至日期,累计执行数（万元）',
      ',,,',
      `${projectId},医疗救助,${YEAR}-05-10,`,
    ].join('\r\n');
    const res = await request(t.http)
      .post('/api/execution/records/import')
      .set(manager)
      .attach('file', Buffer.from(csv), 'execution.csv')
      .expect(400);
    expect(res.body.details.rows).toEqual([
      expect.objectContaining({ row: 3, field: '累计执行数（万元）', code: 'AMOUNT_MISSING' }),
    ]);
    expect(res.body.message).toContain('第 3 行');
    expect(await countRows(t.dataSource, [projectId])).toEqual(before);
  });
});
