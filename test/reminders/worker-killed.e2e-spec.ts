import { deliveryJobId, ReminderEvents, ReminderJob, ReminderQueue } from '@jixiao/reminders';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createTestUser, TestUser } from '../support/auth';
import { TestApp } from '../support/test-app';
import { startWebhookReceiver, WebhookReceiver } from './support/local-receivers';
import { ManualReminderClock } from './support/reminder-clock';
import { createDepartment, DepartmentFixture, insertUsers } from './support/reminder-data';
import {
  createReminderApi,
  createReminderWorker,
  drained,
  eventually,
  startWorkerProcess,
  suiteConfig,
  TestWorker,
  WorkerProcess,
} from './support/reminder-test-env';

const YEAR = 2025;

/**
 * A worker process SIGKILLed mid-send leaves its delivery row `sending`. The send lease (6 s here)
 * outlasts the takeover and every attempt of the backoff (3 attempts, 100 + 200 ms), as the defaults do (300 s
 * against ~62 s): only waiting for the lease without spending attempts gets the reminder out.
 */
describe('reminders: a worker process killed (SIGKILL) mid-send', () => {
  const clock = new ManualReminderClock();
  const config = suiteConfig({
    WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
    WEBHOOK_TIMEOUT_MS: '20000',
    REMINDER_JOB_ATTEMPTS: '3',
    REMINDER_SEND_LEASE_SECONDS: '6',
  });
  let hooks: WebhookReceiver;
  let t: TestApp;
  let ds: DataSource;
  let child: WorkerProcess | undefined;
  let worker: TestWorker | undefined;
  let dept: DepartmentFixture;
  let evaluator: string;
  let admin: TestUser;

  beforeAll(async () => {
    hooks = await startWebhookReceiver();
    t = await createReminderApi(config, clock);
    ds = t.dataSource;
    dept = await createDepartment(ds, YEAR, 1);
    [evaluator] = await insertUsers(ds, 'evaluator', [{ unitIds: [dept.units[0].id] }]);
    await ds.query(
      `INSERT INTO reminder_preference (user_id, channels, webhook_url) VALUES ($1, '{in-app,webhook}', $2)`,
      [evaluator, hooks.url('/killed')],
    );
    admin = await createTestUser(t, { role: 'admin' });
  });

  afterAll(async () => {
    await child?.kill();
    await worker?.close();
    await t?.close();
    await hooks?.close();
  });

  const webhookRows = () =>
    ds.query(
      `SELECT status, attempts FROM reminder_delivery WHERE recipient_id = $1 AND channel = 'webhook'`,
      [evaluator],
    );

  it('another worker takes the job over once the lease ends: sent once, recorded once, no attempt spent waiting', async () => {
    hooks.behave('/killed', (n) => (n === 1 ? 'hang' : 200)); // the killed worker's request is never answered
    child = await startWorkerProcess(config);
    const flag = {
      flagId: randomUUID(),
      departmentId: dept.departmentId,
      unitId: dept.units[0].id,
      year: YEAR,
      code: 'LAGGING',
      message: '预算执行进度 20.0% 低于序时进度',
    };
    await expect(t.app.get(ReminderEvents).flagOpened(flag)).resolves.toBe(true);
    await eventually(async () => expect(hooks.requests.get('/killed')).toHaveLength(1), 40_000);
    await child.kill();
    expect(await webhookRows()).toEqual([{ status: 'sending', attempts: 1 }]); // claimed by the dead worker

    worker = await createReminderWorker(config, clock);
    await eventually(
      async () => expect(await webhookRows()).toEqual([{ status: 'sent', attempts: 2 }]),
      30_000,
    );
    await drained(worker.queues);
    expect(hooks.delivered('/killed')).toHaveLength(1);
    expect(hooks.requests.get('/killed')!.map((r) => r.status)).toEqual(['hang', 200]);
    const [{ n }] = await ds.query(
      `SELECT count(*)::int AS n FROM reminder_delivery WHERE recipient_id = $1`,
      [evaluator],
    );
    expect(n).toBe(2); // in-app (stored by the killed worker) and webhook, one each
    const job = await worker.queues.queue(ReminderQueue.Deliveries).getJob(
      deliveryJobId({
        recipientId: evaluator,
        item: flag.flagId,
        period: String(YEAR),
        kind: 'flag-opened',
      }),
    );
    expect(await job!.getState()).toBe('completed');
    expect(job!.attemptsMade).toBeLessThan(config.REMINDER_JOB_ATTEMPTS);
  });

  it('a claim whose job is gone as well: the sweep marks it failed past its lease; an admin sees it and retries it', async () => {
    const [{ id }] = await ds.query(
      `INSERT INTO reminder_delivery (recipient_id, item, period, kind, channel, status, message, attempts, claimed_at)
       VALUES ($1, $2, $3, 'flag-opened', 'webhook', 'sending', $4, 1, now() - interval '1 hour') RETURNING id`,
      [evaluator, randomUUID(), String(YEAR), JSON.stringify({ title: '【预警】丢失的发送', body: '…' })],
    );
    await worker!.queues.add({ name: ReminderJob.Sweep, data: {}, jobId: `sweep-${id}` });
    await drained(worker!.queues);
    const failed = await request(t.http)
      .get('/api/admin/reminder-deliveries?status=failed&limit=100')
      .set(admin.headers)
      .expect(200);
    expect(failed.body.items.find((d: { id: string }) => d.id === id)).toMatchObject({
      status: 'failed',
      error: expect.stringContaining('send lease expired'),
    });
    await request(t.http).post(`/api/admin/reminder-deliveries/${id}/retry`).set(admin.headers).expect(202);
    await drained(worker!.queues);
    await eventually(async () =>
      expect(
        (await ds.query(`SELECT status, attempts FROM reminder_delivery WHERE id = $1`, [id]))[0],
      ).toEqual({ status: 'sent', attempts: 2 }),
    );
    expect(hooks.delivered('/killed')).toHaveLength(2); // the first reminder's, and this one
  });
});
