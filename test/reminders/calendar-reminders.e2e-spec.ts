import { AppConfig } from '@jixiao/config';
import { ReminderEvents, ReminderJob, ReminderQueue, ReminderSchedules } from '@jixiao/reminders';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { ZHUCUN, zhucunEntries } from '../evaluations/support/evaluation-test-app';
import { createTestUser, TestUser } from '../support/auth';
import { TestApp, uniqueSuffix } from '../support/test-app';
import { createDepartment, DepartmentFixture, inAppDeliveries, insertUsers } from './support/reminder-data';
import { ManualReminderClock } from './support/reminder-clock';
import {
  createReminderApi,
  createReminderWorker,
  drained,
  suiteConfig,
  TestWorker,
} from './support/reminder-test-env';

// Sichuan-style checkpoint (domain §7/§8): Jan–Apr figures due 10 May; reminded 7 and 1 days before, escalated 3 days after.
const YEAR = 2025;
const CALENDAR = {
  deadlines: [
    {
      key: 'monitoring-04',
      kind: 'monitoring',
      label: '1–4月绩效运行监控',
      dueDate: '2025-05-10',
      coversThrough: '2025-04-30',
    },
    { key: 'self-evaluation', kind: 'self-evaluation', label: '2025年度绩效自评', dueDate: '2026-06-30' },
  ],
  leadDays: [7, 1],
  escalationDays: 3,
};

describe('reminders: calendar, lead times, escalation, review requests and flags', () => {
  const clock = new ManualReminderClock();
  // One signing secret for the suite: the flag test's second API instance accepts the same tokens.
  const config = suiteConfig({ JWT_SECRET: randomBytes(32).toString('hex') });
  let t: TestApp;
  let worker: TestWorker;
  let dept: DepartmentFixture;
  let other: DepartmentFixture;
  let manager: TestUser;
  let evaluatorA: TestUser;
  let admin: TestUser;
  let evaluatorB: string;
  let evaluatorC: string;
  let evaluatorElsewhere: string;
  let managerElsewhere: string;
  let calendarId: string;

  beforeAll(async () => {
    t = await createReminderApi(config, clock);
    worker = await createReminderWorker(config, clock);
    dept = await createDepartment(t.dataSource, YEAR, 3, 2);
    other = await createDepartment(t.dataSource, YEAR, 1, 1);
    const [a, b, c] = dept.units;
    manager = await createTestUser(t, { role: 'manager', departmentIds: [dept.departmentId] });
    evaluatorA = await createTestUser(t, { role: 'evaluator', unitIds: [a.id] });
    admin = await createTestUser(t, { role: 'admin' });
    [evaluatorB, evaluatorC] = await insertUsers(t.dataSource, 'evaluator', [
      { unitIds: [b.id] },
      { unitIds: [c.id] },
    ]);
    [evaluatorElsewhere] = await insertUsers(t.dataSource, 'evaluator', [{ unitIds: [other.units[0].id] }]);
    [managerElsewhere] = await insertUsers(t.dataSource, 'manager', [
      { departmentIds: [other.departmentId] },
    ]);
    // Unit B has reported both projects as of April, unit A one of two, unit C none.
    await t.dataSource.query(
      `INSERT INTO execution_record (project_id, as_of, executed, source) SELECT unnest($1::uuid[]), '2025-04-30', 1, 'api'`,
      [[...b.projectIds, a.projectIds[0]]],
    );
  });

  afterAll(async () => {
    await worker?.close();
    await t?.close();
  });

  const everyone = () => [
    manager.user.id,
    evaluatorA.user.id,
    evaluatorB,
    evaluatorC,
    evaluatorElsewhere,
    managerElsewhere,
  ];
  const received = async () =>
    (await inAppDeliveries(t.dataSource, everyone())).map(
      (d) => `${who(d.recipient_id)} ${d.kind} ${d.period}`,
    );
  const who = (id: string) =>
    ({
      [manager.user.id]: 'manager',
      [evaluatorA.user.id]: 'A',
      [evaluatorB]: 'B',
      [evaluatorC]: 'C',
      [evaluatorElsewhere]: 'elsewhere',
      [managerElsewhere]: 'manager-elsewhere',
    })[id];
  /** A new unit of the department, made through the API. */
  const newUnit = async (name: string): Promise<string> =>
    (
      await request(t.http)
        .post('/api/units')
        .set(admin.headers)
        .send({ departmentId: dept.departmentId, name: `${name}-${uniqueSuffix()}` })
        .expect(201)
    ).body.id;
  const runDay = async (day: string) => {
    clock.setDay(day);
    // As the job scheduler does: a calendar-run job, handled by the worker with the clock's "now".
    await worker.queues.add({
      name: ReminderJob.CalendarRun,
      data: { calendarId },
      jobId: `run-${calendarId}-${day}`,
    });
    await drained(worker.queues);
  };

  it('a manager saves the department calendar; it is scheduled in Redis (Asia/Shanghai, stable id)', async () => {
    const saved = await request(t.http)
      .put(`/api/departments/${dept.departmentId}/reminder-calendars/${YEAR}`)
      .set(manager.headers)
      .send(CALENDAR)
      .expect(200);
    calendarId = saved.body.id;
    expect(saved.body).toMatchObject({
      year: YEAR,
      timeZone: 'Asia/Shanghai',
      leadDays: [7, 1],
      escalationDays: 3,
    });
    const again = await request(t.http)
      .put(`/api/departments/${dept.departmentId}/reminder-calendars/${YEAR}`)
      .set(manager.headers)
      .send(CALENDAR)
      .expect(200);
    expect(again.body.id).toBe(calendarId);
    const read = await request(t.http)
      .get(`/api/departments/${dept.departmentId}/reminder-calendars/${YEAR}`)
      .set(manager.headers)
      .expect(200);
    expect(read.body.deadlines).toEqual(CALENDAR.deadlines);
    const scheduler = await worker.queues
      .queue(ReminderQueue.Schedules)
      .getJobScheduler(`calendar-${calendarId}`);
    expect(scheduler).toMatchObject({ tz: 'Asia/Shanghai', pattern: config.REMINDER_CALENDAR_CRON });
    expect(await worker.queues.schedulerIds(ReminderQueue.Schedules)).toEqual(
      expect.arrayContaining(['sweep', `calendar-${calendarId}`]),
    );
  });

  it('a calendar with its own time zone is scheduled in it (08:00 there), also when the worker re-syncs; deleting it drops the schedule', async () => {
    const saved = await request(t.http)
      .put(`/api/departments/${dept.departmentId}/reminder-calendars/${YEAR + 3}`)
      .set(manager.headers)
      .send({ ...CALENDAR, timeZone: 'Asia/Urumqi' })
      .expect(200);
    const schedules = worker.queues.queue(ReminderQueue.Schedules);
    const schedulerId = `calendar-${saved.body.id}`;
    expect(await schedules.getJobScheduler(schedulerId)).toMatchObject({
      tz: 'Asia/Urumqi',
      pattern: config.REMINDER_CALENDAR_CRON,
    });
    await worker.context.get(ReminderSchedules).syncAll();
    expect(await schedules.getJobScheduler(schedulerId)).toMatchObject({ tz: 'Asia/Urumqi' });
    expect(await schedules.getJobScheduler(`calendar-${calendarId}`)).toMatchObject({ tz: 'Asia/Shanghai' });
    await request(t.http)
      .delete(`/api/departments/${dept.departmentId}/reminder-calendars/${YEAR + 3}`)
      .set(manager.headers)
      .expect(204);
    expect(await worker.queues.schedulerIds(ReminderQueue.Schedules)).not.toContain(schedulerId);
  });

  it.each([
    [
      'a date that does not exist',
      { ...CALENDAR, deadlines: [{ ...CALENDAR.deadlines[0], dueDate: '2025-02-30' }] },
      'REMINDER_CALENDAR.INVALID',
    ],
    [
      'a key used twice',
      { ...CALENDAR, deadlines: [CALENDAR.deadlines[0], CALENDAR.deadlines[0]] },
      'REMINDER_CALENDAR.INVALID',
    ],
    ['an unknown time zone', { ...CALENDAR, timeZone: 'Mars/Olympus' }, 'REMINDER_CALENDAR.INVALID'],
    ['a negative lead time', { ...CALENDAR, leadDays: [-1] }, 'VALIDATION.FAILED'],
    [
      'an unknown kind',
      { ...CALENDAR, deadlines: [{ ...CALENDAR.deadlines[0], kind: 'audit' }] },
      'VALIDATION.FAILED',
    ],
  ])('refuses %s (400)', async (_case, body, code) => {
    const response = await request(t.http)
      .put(`/api/departments/${dept.departmentId}/reminder-calendars/${YEAR + 1}`)
      .set(manager.headers)
      .send(body)
      .expect(400);
    expect(response.body.code).toBe(code);
  });

  it('another department is invisible to a manager (404); evaluators may not edit calendars (403)', async () => {
    await request(t.http)
      .get(`/api/departments/${other.departmentId}/reminder-calendars/${YEAR}`)
      .set(manager.headers)
      .expect(404);
    await request(t.http)
      .put(`/api/departments/${other.departmentId}/reminder-calendars/${YEAR}`)
      .set(manager.headers)
      .send(CALENDAR)
      .expect(404);
    await request(t.http)
      .get(`/api/departments/${dept.departmentId}/reminder-calendars`)
      .set(evaluatorA.headers)
      .expect(403);
  });

  it('8 days before: nothing; 7 days before: exactly the evaluators of units with projects still unreported', async () => {
    await runDay('2025-05-02');
    expect(await received()).toEqual([]);
    await runDay('2025-05-03');
    expect((await received()).sort()).toEqual(['A due T-7', 'C due T-7']);
    const [toA] = await inAppDeliveries(t.dataSource, [evaluatorA.user.id]);
    expect(toA.title).toBe('【提醒】1–4月绩效运行监控还有7天到期（2025-05-10）');
  });

  it('the days between send nothing new; 1 day before reminds again; what was reported meanwhile is not reminded', async () => {
    await runDay('2025-05-04');
    await runDay('2025-05-08');
    expect((await received()).sort()).toEqual(['A due T-7', 'C due T-7']);
    await t.dataSource.query(
      `INSERT INTO execution_record (project_id, as_of, executed, source) SELECT unnest($1::uuid[]), '2025-05-05', 1, 'api'`,
      [dept.units[2].projectIds],
    );
    await runDay('2025-05-09');
    await runDay('2025-05-10');
    expect((await received()).sort()).toEqual(['A due T-1', 'A due T-7', 'C due T-7']);
  });

  it('after the escalation delay the department manager (only) hears what is still missing, once', async () => {
    await runDay('2025-05-12');
    expect(await received()).not.toContain('manager escalation escalation');
    await runDay('2025-05-13');
    await runDay('2025-05-14');
    const escalations = (await received()).filter((r) => r.includes('escalation'));
    expect(escalations).toEqual(['manager escalation escalation']);
    const [message] = await t.dataSource.query(
      `SELECT message FROM reminder_delivery WHERE recipient_id = $1 AND kind = 'escalation'`,
      [manager.user.id],
    );
    expect(message.message.body).toContain(`${dept.units[0].name}（1个项目）`);
    expect(message.message.body).not.toContain(dept.units[2].name);
  });

  it('the self-evaluation deadline next year: only units with projects not yet submitted or approved are reminded', async () => {
    const [a, b] = dept.units;
    const evaluate = (projectId: string, unitId: string, state: string) =>
      t.dataSource.query(
        `INSERT INTO self_evaluation (project_id, department_id, unit_id, year, project_name, profile, partial_total, findings, state, source, version)
         VALUES ($1, $2, $3, $4, '项目', '{}', 0, '[]', $5, 'entered', 1)`,
        [projectId, dept.departmentId, unitId, YEAR, state],
      );
    await evaluate(a.projectIds[0], a.id, 'approved');
    await evaluate(a.projectIds[1], a.id, 'submitted');
    await evaluate(b.projectIds[0], b.id, 'approved');
    await evaluate(b.projectIds[1], b.id, 'returned'); // sent back: owed again
    await runDay('2026-06-23');
    const rows = (await inAppDeliveries(t.dataSource, everyone())).filter(
      (d) => d.item === `${calendarId}/self-evaluation`,
    );
    expect(rows.map((d) => `${who(d.recipient_id)} ${d.period}`).sort()).toEqual(['B T-7', 'C T-7']);
  });

  it('a submitted evaluation reaches the managers as a review request (POST submit → workflow hook → ReminderEvents → worker)', async () => {
    // A unit of the department with 驻村工作队队员补助 of the year, made through the API; its evaluator submits.
    const unitId = await newUnit('驻村工作单位');
    const projectId = (
      await request(t.http)
        .post('/api/projects')
        .set(admin.headers)
        .send({
          departmentId: dept.departmentId,
          unitId,
          fiscalYear: YEAR,
          name: ZHUCUN.name,
          budget: ZHUCUN.budget,
          fiscalBudget: ZHUCUN.budget,
          goal: ZHUCUN.goal,
          indicators: ZHUCUN.rows.map(({ level1, level2, level3, value, weight }) => ({
            level1,
            level2,
            level3,
            value,
            weight,
          })),
        })
        .expect(201)
    ).body.id;
    const submitter = await createTestUser(t, { role: 'evaluator', unitIds: [unitId] });
    const evaluationId = (
      await request(t.http)
        .post(`/api/projects/${projectId}/evaluation`)
        .set(submitter.headers)
        .send({})
        .expect(201)
    ).body.id;
    const version = async () =>
      (await request(t.http).get(`/api/evaluations/${evaluationId}`).set(submitter.headers).expect(200)).body
        .version as number;
    await request(t.http)
      .patch(`/api/evaluations/${evaluationId}`)
      .set(submitter.headers)
      .send(zhucunEntries(await version()))
      .expect(200);
    await request(t.http)
      .post(`/api/evaluations/${evaluationId}/submit`)
      .set(submitter.headers)
      .send({ version: await version() })
      .expect(200);
    const transitions = (
      await request(t.http)
        .get(`/api/evaluations/${evaluationId}/transitions`)
        .set(manager.headers)
        .expect(200)
    ).body as { action: string; at: string }[];
    const submittedAt = new Date(transitions.find((x) => x.action === 'submit')!.at).toISOString();
    await drained(worker.queues);
    const requests = (await inAppDeliveries(t.dataSource, everyone())).filter(
      (d) => d.kind === 'review-request',
    );
    expect(requests.map((d) => [who(d.recipient_id), d.item, d.period])).toEqual([
      ['manager', evaluationId, submittedAt],
    ]);
    expect(requests[0].title).toBe('【待审核】驻村工作队队员补助（2025年度绩效自评）');
    const inbox = await request(t.http).get('/api/me/notifications').set(manager.headers).expect(200);
    expect(inbox.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'review-request',
          title: '【待审核】驻村工作队队员补助（2025年度绩效自评）',
          link: { api: `/api/evaluations/${evaluationId}`, web: `/review/evaluations/${evaluationId}` },
        }),
      ]),
    );

    // The manager returns it with a comment: the unit's evaluator is told who, when and why, and the
    // scorecard shows the same step; approving and reopening are told too.
    await request(t.http)
      .post(`/api/evaluations/${evaluationId}/return`)
      .set(manager.headers)
      .send({ version: await version(), comment: '请写明驻村月数' })
      .expect(200);
    const card = (
      await request(t.http).get(`/api/evaluations/${evaluationId}`).set(submitter.headers).expect(200)
    ).body;
    expect(card.lastTransition).toMatchObject({
      action: 'return',
      label: '退回',
      from: 'submitted',
      to: 'returned',
      by: { id: manager.user.id, name: expect.any(String) },
      comment: '请写明驻村月数',
    });
    await drained(worker.queues);
    const outcomes = async () =>
      (
        await request(t.http).get('/api/me/notifications').set(submitter.headers).expect(200)
      ).body.items.filter((n: { kind: string }) => n.kind === 'review-outcome');
    const [returned] = await outcomes();
    expect(returned).toMatchObject({
      title: '【已退回】驻村工作队队员补助（2025年度绩效自评）',
      link: { api: `/api/evaluations/${evaluationId}`, web: `/evaluations/${evaluationId}` },
    });
    expect(returned.body).toContain(`由${card.lastTransition.by.name}于`);
    expect(returned.body).toContain('意见：请写明驻村月数。请修改后重新提交。');
    // Every link resolves for its reader.
    await request(t.http).get(returned.link.api).set(submitter.headers).expect(200);

    await request(t.http)
      .post(`/api/evaluations/${evaluationId}/submit`)
      .set(submitter.headers)
      .send({ version: await version() })
      .expect(200);
    await request(t.http)
      .post(`/api/evaluations/${evaluationId}/approve`)
      .set(manager.headers)
      .send({ version: await version() })
      .expect(200);
    await request(t.http)
      .post(`/api/evaluations/${evaluationId}/reopen`)
      .set(manager.headers)
      .send({ version: await version(), comment: '财政局复核更正执行数' })
      .expect(200);
    await drained(worker.queues);
    expect((await outcomes()).map((n: { title: string }) => n.title)).toEqual([
      '【已重新打开】驻村工作队队员补助（2025年度绩效自评）',
      '【已审核通过】驻村工作队队员补助（2025年度绩效自评）',
      '【已退回】驻村工作队队员补助（2025年度绩效自评）',
    ]);
    // Nobody else hears about it: the managers were asked to review, the outcome is the unit's.
    expect(
      (await inAppDeliveries(t.dataSource, everyone())).filter((d) => d.kind === 'review-outcome'),
    ).toEqual([]);
  });

  it('a new flag reaches its unit: at once when recording an execution opens it, and through the sweep when ReminderEvents was not reached; never twice', async () => {
    const events = t.app.get(ReminderEvents);
    const flagDeliveries = async () =>
      (await inAppDeliveries(t.dataSource, everyone()))
        .filter((d) => d.kind === 'flag-opened')
        .map((d) => [who(d.recipient_id), d.item])
        .sort();
    // Unit A: a figure recorded through the API opens a flag (the project has no budget: NO_BUDGET);
    // the execution module tells ReminderEvents, and the worker delivers it with no sweep.
    const recorded = await request(t.http)
      .post('/api/execution/records')
      .set(manager.headers)
      .send({ projectId: dept.units[0].projectIds[1], asOf: '2025-05-31', executed: '1' })
      .expect(201);
    expect(recorded.body.flags.opened).toHaveLength(1);
    const opened = recorded.body.flags.opened[0] as { id: string; code: string; message: string };
    const flagId = opened.id;
    await drained(worker.queues);
    expect(await flagDeliveries()).toEqual([['A', flagId]]);
    // Its link resolves: the flag as the list shows it, named in Chinese.
    const [notice] = (
      await request(t.http).get('/api/me/notifications').set(evaluatorA.headers).expect(200)
    ).body.items.filter((n: { kind: string }) => n.kind === 'flag-opened');
    expect(notice.title).toBe(`【预警】${YEAR}年度执行预警：无预算`);
    expect(notice.link).toEqual({
      api: `/api/execution/flags/${flagId}`,
      web: `/monitoring/flags/${flagId}`,
    });
    const shown = await request(t.http).get(notice.link.api).set(evaluatorA.headers).expect(200);
    expect(shown.body).toMatchObject({ id: flagId, code: 'NO_BUDGET', label: '无预算' });
    const outsider = await createTestUser(t, { role: 'evaluator', unitIds: [other.units[0].id] });
    await request(t.http).get(notice.link.api).set(outsider.headers).expect(404);

    // Unit B: recorded through an API instance that cannot reach Redis (its ReminderEvents call
    // returns false, as in an outage): only the sweep, reading PostgreSQL, can find this flag.
    const offline = await createReminderApi(
      Object.assign(new AppConfig(), config, { REDIS_URL: 'redis://127.0.0.1:1' }),
      clock,
    );
    let sweptFlag: string;
    try {
      const missed = await request(offline.http)
        .post('/api/execution/records')
        .set(manager.headers)
        .send({ projectId: dept.units[1].projectIds[0], asOf: '2025-05-31', executed: '1' })
        .expect(201);
      expect(missed.body.flags.opened).toHaveLength(1);
      sweptFlag = missed.body.flags.opened[0].id;
    } finally {
      await offline.close();
    }
    await drained(worker.queues);
    expect(await flagDeliveries()).toEqual([['A', flagId]]);

    clock.setDay(new Date().toISOString().slice(0, 10));
    await worker.queues.add({
      name: ReminderJob.Sweep,
      data: { asOf: new Date(Date.now() + 60_000).toISOString() },
      jobId: `sweep-${flagId}-1`,
    });
    await worker.queues.add({
      name: ReminderJob.Sweep,
      data: { asOf: new Date(Date.now() + 60_000).toISOString() },
      jobId: `sweep-${flagId}-2`,
    });
    // The fast path again for A's flag (a repeated event): the delivery records stop it.
    const flag = {
      flagId,
      departmentId: dept.departmentId,
      unitId: dept.units[0].id,
      year: YEAR,
      code: opened.code,
      message: opened.message,
    };
    await expect(events.flagOpened(flag)).resolves.toBe(true);
    await drained(worker.queues);
    const flags = (await inAppDeliveries(t.dataSource, everyone())).filter((d) => d.kind === 'flag-opened');
    expect(flags.map((d) => [who(d.recipient_id), d.item]).sort()).toEqual([
      ['A', flagId],
      ['B', sweptFlag],
    ]);
  });

  it('a monitoring report returned by the manager reaches its unit, at once and (when missed) through the sweep, once', async () => {
    const unitId = await newUnit('监控报告单位');
    const writer = await createTestUser(t, { role: 'evaluator', unitIds: [unitId] });
    const report = (
      await request(t.http)
        .post('/api/execution/reports')
        .set(writer.headers)
        .send({ unitId, year: YEAR, period: 6 })
        .expect(201)
    ).body;
    const step = (headers: Record<string, string>, action: string, version: number, comment?: string) =>
      request(t.http)
        .post(`/api/execution/reports/${report.id}/${action}`)
        .set(headers)
        .send({ version, comment })
        .expect(200);
    await step(writer.headers, 'submit', 1);
    await step(manager.headers, 'return', 2, '偏差原因请写明拨付时间');
    await drained(worker.queues);
    const inbox = async () =>
      (await request(t.http).get('/api/me/notifications').set(writer.headers).expect(200)).body.items;
    const [returned] = await inbox();
    expect(returned).toMatchObject({
      kind: 'review-outcome',
      title: expect.stringMatching(/^【已退回】监控报告单位-.*2025年1–6月绩效运行监控报告$/),
      link: { api: `/api/execution/reports/${report.id}`, web: `/monitoring/reports/${report.id}` },
    });
    expect(returned.body).toContain('意见：偏差原因请写明拨付时间。');
    await request(t.http).get(returned.link.api).set(writer.headers).expect(200);

    // The sweep reads the transitions from PostgreSQL: the return already delivered is not sent again.
    await worker.queues.add({
      name: ReminderJob.Sweep,
      data: { asOf: new Date(Date.now() + 60_000).toISOString() },
      jobId: `sweep-report-${report.id}`,
    });
    await drained(worker.queues);
    expect(await inbox()).toHaveLength(1);
  });

  it('notifications: list mine, unread count, mark read (someone else’s is 404), mark all read', async () => {
    const list = await request(t.http).get('/api/me/notifications').set(evaluatorA.headers).expect(200);
    expect(list.body).toMatchObject({ total: 3, unread: 3 });
    expect(list.body.items.map((n: { kind: string }) => n.kind).sort()).toEqual([
      'due',
      'due',
      'flag-opened',
    ]);
    const first = list.body.items[0].id;
    await request(t.http).post(`/api/me/notifications/${first}/read`).set(evaluatorA.headers).expect(204);
    await request(t.http).post(`/api/me/notifications/${first}/read`).set(manager.headers).expect(404);
    expect(
      (await request(t.http).get('/api/me/notifications/unread-count').set(evaluatorA.headers).expect(200))
        .body,
    ).toEqual({ unread: 2 });
    const unread = await request(t.http)
      .get('/api/me/notifications?unread=true')
      .set(evaluatorA.headers)
      .expect(200);
    expect(unread.body.items.map((n: { id: string }) => n.id)).not.toContain(first);
    await request(t.http).post('/api/me/notifications/read-all').set(evaluatorA.headers).expect(204);
    expect(
      (await request(t.http).get('/api/me/notifications/unread-count').set(evaluatorA.headers).expect(200))
        .body,
    ).toEqual({ unread: 0 });
  });

  it('preferences: in-app always on; e-mail needs an address; webhooks must be http(s)', async () => {
    expect(
      (await request(t.http).get('/api/me/reminder-preferences').set(evaluatorA.headers).expect(200)).body,
    ).toEqual({
      channels: ['in-app'],
      email: null,
      webhookUrl: null,
      available: { 'in-app': true, email: false, webhook: true },
    });
    await request(t.http)
      .put('/api/me/reminder-preferences')
      .set(evaluatorA.headers)
      .send({ channels: ['email'] })
      .expect(400);
    await request(t.http)
      .put('/api/me/reminder-preferences')
      .set(evaluatorA.headers)
      .send({ channels: ['webhook'], webhookUrl: 'file:///etc/passwd' })
      .expect(400);
    await request(t.http)
      .put('/api/me/reminder-preferences')
      .set(evaluatorA.headers)
      .send({ channels: ['sms'] })
      .expect(400);
    const saved = await request(t.http)
      .put('/api/me/reminder-preferences')
      .set(evaluatorA.headers)
      .send({
        channels: ['email', 'webhook'],
        email: 'a@example.gov.cn',
        webhookUrl: 'https://oapi.dingtalk.com/robot/send?access_token=x',
      })
      .expect(200);
    expect(saved.body.channels).toEqual(['in-app', 'email', 'webhook']);
  });

  it('admins only: failed deliveries and the Bull Board dashboard', async () => {
    await request(t.http).get('/api/admin/reminder-deliveries').set(admin.headers).expect(200);
    await request(t.http).get('/api/admin/reminder-deliveries').set(manager.headers).expect(403);
    const board = await request(t.http).get('/api/admin/queues/api/queues').set(admin.headers).expect(200);
    expect(board.body.queues.map((q: { name: string }) => q.name).sort()).toEqual([
      ReminderQueue.Deliveries,
      ReminderQueue.Schedules,
    ]);
    await request(t.http).get('/api/admin/queues').set(admin.headers).expect(200);
    await request(t.http).get('/api/admin/queues/api/queues').set(manager.headers).expect(403);
    await request(t.http).get('/api/admin/queues/api/queues').expect(401);
  });
});
