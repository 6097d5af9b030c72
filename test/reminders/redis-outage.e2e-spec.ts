import { EvaluationSubmitted, ReminderEvents, ReminderJob, ReminderQueue } from '@jixiao/reminders';
import request from 'supertest';
import { RedisServer, startRedisServer } from '../setup/redis';
import { createTestUser, TestUser } from '../support/auth';
import { TestApp } from '../support/test-app';
import { createDepartment, DepartmentFixture, insertUsers } from './support/reminder-data';
import { ManualReminderClock } from './support/reminder-clock';
import {
  createReminderApi,
  createReminderWorker,
  drained,
  eventually,
  suiteConfig,
  TestWorker,
} from './support/reminder-test-env';

const YEAR = 2025;
const CALENDAR = {
  deadlines: [
    { key: 'self-evaluation', kind: 'self-evaluation', label: '2025年度绩效自评', dueDate: '2026-06-30' },
  ],
  leadDays: [7, 1],
  escalationDays: 3,
};

/**
 * A Redis of this suite's own (append-only, fsync on every write, as production Redis for BullMQ
 * should be), stopped and started again under the API and the worker.
 */
describe('reminders: Redis stopped and restarted', () => {
  const clock = new ManualReminderClock();
  let redis: RedisServer;
  let t: TestApp;
  let worker: TestWorker;
  let dept: DepartmentFixture;
  let manager: TestUser;
  let evaluators: string[];
  let calendarId: string;
  let evaluationId: string;
  let submission: EvaluationSubmitted;

  beforeAll(async () => {
    redis = await startRedisServer({ persistent: true });
    // The API gives up on Redis quickly (a request must not hang); the worker may wait longer, as a
    // 1,000-job bulk add on an fsync-always Redis can take more than the API's half second.
    const config = suiteConfig({ REDIS_URL: redis.url, QUEUE_ENQUEUE_TIMEOUT_MS: '500' });
    const shared = { REDIS_URL: redis.url, REMINDER_QUEUE_PREFIX: config.REMINDER_QUEUE_PREFIX };
    t = await createReminderApi(config, clock);
    worker = await createReminderWorker(suiteConfig({ ...shared, QUEUE_ENQUEUE_TIMEOUT_MS: '10000' }), clock);
    dept = await createDepartment(t.dataSource, YEAR, 4);
    manager = await createTestUser(t, { role: 'manager', departmentIds: [dept.departmentId] });
    evaluators = await insertUsers(
      t.dataSource,
      'evaluator',
      dept.units.flatMap((u) => Array.from({ length: 250 }, () => ({ unitIds: [u.id] }))),
    );
  });

  afterAll(async () => {
    await worker?.close();
    await t?.close();
    await redis?.destroy();
  });

  it('while Redis is down the API serves everything else at once; health says the queue is down', async () => {
    await redis.stop();
    await eventually(async () => expect((await request(t.http).get('/api/health/queue')).status).toBe(503));
    const started = Date.now();
    await request(t.http).get('/api/health').expect(200);
    await request(t.http).get('/api/me/notifications').set(manager.headers).expect(200);
    const saved = await request(t.http)
      .put(`/api/departments/${dept.departmentId}/reminder-calendars/${YEAR}`)
      .set(manager.headers)
      .send(CALENDAR)
      .expect(200);
    calendarId = saved.body.id;
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('an evaluation submitted meanwhile: the event cannot be queued (no hang, no error for the caller) …', async () => {
    const submittedAt = new Date('2026-03-02T02:00:00Z');
    const [{ id }] = await t.dataSource.query(
      `INSERT INTO self_evaluation (department_id, unit_id, year, project_name, profile, partial_total, findings, state, source, version)
       VALUES ($1, $2, $3, '城乡医疗救助补助资金', '{}', 0, '[]', 'submitted', 'entered', 1) RETURNING id`,
      [dept.departmentId, dept.units[0].id, YEAR],
    );
    await t.dataSource.query(
      `INSERT INTO workflow_transition (evaluation_id, action, from_state, to_state, user_id, username, at) VALUES ($1, 'submit', 'draft', 'submitted', $2, 'e', $3)`,
      [id, evaluators[0], submittedAt],
    );
    const started = Date.now();
    const event = {
      evaluationId: id,
      departmentId: dept.departmentId,
      unitId: dept.units[0].id,
      year: YEAR,
      projectName: '城乡医疗救助补助资金',
      submittedAt,
    };
    await expect(t.app.get(ReminderEvents).evaluationSubmitted(event)).resolves.toBe(false);
    expect(Date.now() - started).toBeLessThan(1500);
    evaluationId = id;
    submission = event;
  });

  it('… and when Redis is back, the worker reconnects, the schedule is there, and the sweep delivers the review request once', async () => {
    await redis.start();
    await eventually(async () => expect((await request(t.http).get('/api/health/queue')).status).toBe(200));
    await eventually(async () =>
      expect(await worker.queues.schedulerIds(ReminderQueue.Schedules)).toContain(`calendar-${calendarId}`),
    );
    clock.setDay('2026-03-02');
    await worker.queues.add({
      name: ReminderJob.Sweep,
      data: { asOf: '2026-03-02T03:00:00Z' },
      jobId: `sweep-${calendarId}`,
    });
    await t.app.get(ReminderEvents).evaluationSubmitted(submission); // the fast path, late: same key
    await drained(worker.queues);
    const rows = await t.dataSource.query(
      `SELECT recipient_id, period FROM reminder_delivery WHERE item = $1 AND kind = 'review-request'`,
      [evaluationId],
    );
    expect(rows).toEqual([{ recipient_id: manager.user.id, period: '2026-03-02T02:00:00.000Z' }]);
  });

  it('Redis stopped in the middle of a 1,000-reminder fan-out: after the restart every reminder is delivered, none twice; the API stays up', async () => {
    clock.setDay('2026-06-23');
    await worker.planner.runCalendar(calendarId); // 1,000 delivery jobs enqueued
    await redis.stop();
    const [{ n: sentBeforeRestart }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM reminder_delivery WHERE item = $1`,
      [`${calendarId}/self-evaluation`],
    );
    expect(sentBeforeRestart).toBeLessThan(evaluators.length); // the outage did interrupt the fan-out
    const probes = await Promise.all([0, 1, 2, 3, 4].map(() => request(t.http).get('/api/health')));
    expect(probes.map((p) => p.status)).toEqual([200, 200, 200, 200, 200]);
    await request(t.http).get('/api/me/notifications/unread-count').set(manager.headers).expect(200);
    await redis.start();
    await drained(worker.queues, 30_000);
    const rows: { recipient_id: string; n: number }[] = await t.dataSource.query(
      `SELECT recipient_id, count(*)::int AS n FROM reminder_delivery WHERE item = $1 AND status = 'sent' GROUP BY recipient_id`,
      [`${calendarId}/self-evaluation`],
    );
    expect(rows.map((r) => r.recipient_id).sort()).toEqual([...evaluators].sort());
    expect(rows.every((r) => r.n === 1)).toBe(true);
  });
});
