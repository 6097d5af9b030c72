import { ReminderEvents } from '@jixiao/reminders';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { createTestUser, TestUser } from '../support/auth';
import { TestApp } from '../support/test-app';
import { createDepartment, DepartmentFixture } from './support/reminder-data';
import { ManualReminderClock } from './support/reminder-clock';
import {
  createReminderApi,
  createReminderWorker,
  drained,
  eventually,
  suiteConfig,
  TestWorker,
} from './support/reminder-test-env';
import {
  ReceivedMail,
  startSmtpSink,
  startWebhookReceiver,
  WebhookReceiver,
} from './support/local-receivers';

describe('reminders: e-mail over SMTP, webhooks with retries and backoff, failed deliveries kept and retried', () => {
  const clock = new ManualReminderClock();
  let smtp: { url: string; mails: ReceivedMail[]; close(): Promise<void> };
  let hooks: WebhookReceiver;
  let t: TestApp;
  let worker: TestWorker;
  let dept: DepartmentFixture;
  let admin: TestUser;
  let reliable: TestUser;
  let unlucky: TestUser;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    hooks = await startWebhookReceiver();
    // Backoff 100 ms, 4 attempts: 100, 200, 400 ms between them.
    const config = suiteConfig({
      SMTP_URL: smtp.url,
      WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
      REMINDER_JOB_ATTEMPTS: '4',
      WEBHOOK_TIMEOUT_MS: '2000',
    });
    t = await createReminderApi(config, clock);
    worker = await createReminderWorker(config, clock);
    dept = await createDepartment(t.dataSource, 2025, 1);
    admin = await createTestUser(t, { role: 'admin' });
    reliable = await createTestUser(t, { role: 'evaluator', unitIds: [dept.units[0].id] });
    unlucky = await createTestUser(t, { role: 'evaluator', unitIds: [dept.units[0].id] });
    hooks.behave('/flaky', (n) => (n <= 2 ? 500 : 200)); // fails twice, then answers
    hooks.behave('/down', () => 503);
    await request(t.http)
      .put('/api/me/reminder-preferences')
      .set(reliable.headers)
      .send({
        channels: ['email', 'webhook'],
        email: 'reliable@example.gov.cn',
        webhookUrl: hooks.url('/flaky'),
      })
      .expect(200);
    await request(t.http)
      .put('/api/me/reminder-preferences')
      .set(unlucky.headers)
      .send({ channels: ['webhook'], webhookUrl: hooks.url('/down') })
      .expect(200);
    await request(t.http)
      .put('/api/me/reminder-preferences')
      .set(unlucky.headers)
      .send({ channels: ['webhook'], webhookUrl: 'https://robot.example.com/send' })
      .expect(400); // not an allowed host
  });

  afterAll(async () => {
    await worker?.close();
    await t?.close();
    await hooks?.close();
    await smtp?.close();
  });

  const deliveries = (recipient: string) =>
    t.dataSource.query(
      `SELECT id, channel, status, attempts, error FROM reminder_delivery WHERE recipient_id = $1 ORDER BY channel`,
      [recipient],
    );

  let flagId: string;

  it('one flag: in-app and e-mail at once, the webhook after two failures, each exactly once', async () => {
    flagId = randomUUID();
    await t.app.get(ReminderEvents).flagOpened({
      flagId,
      departmentId: dept.departmentId,
      unitId: dept.units[0].id,
      year: 2025,
      code: 'UNDER_EXECUTED',
      message: '年度预算执行率 57.0%',
    });
    await drained(worker.queues);
    expect(smtp.mails.map((m) => m.to)).toEqual([['reliable@example.gov.cn']]);
    expect(smtp.mails[0].raw).toContain('Subject: =?UTF-8?'); // the Chinese title, encoded
    expect(hooks.requests.get('/flaky')!.map((r) => r.status)).toEqual([500, 500, 200]);
    expect(hooks.delivered('/flaky')).toEqual([
      expect.objectContaining({
        msgtype: 'text',
        text: { content: expect.stringContaining('【预警】2025年度执行预警：执行率偏低') },
        jixiao: expect.objectContaining({
          link: { api: `/api/execution/flags/${flagId}`, web: `/monitoring/flags/${flagId}` },
        }),
      }),
    ]);
    expect(await deliveries(reliable.user.id)).toEqual([
      expect.objectContaining({ channel: 'email', status: 'sent', attempts: 1, error: null }),
      expect.objectContaining({ channel: 'in-app', status: 'sent', attempts: 1 }),
      expect.objectContaining({ channel: 'webhook', status: 'sent', attempts: 3, error: null }),
    ]);
  });

  it('a webhook that keeps failing: the delivery is kept failed with its error after the last attempt', async () => {
    expect(hooks.requests.get('/down')!.map((r) => r.status)).toEqual([503, 503, 503, 503]);
    expect(await deliveries(unlucky.user.id)).toEqual([
      expect.objectContaining({ channel: 'in-app', status: 'sent' }),
      expect.objectContaining({
        channel: 'webhook',
        status: 'failed',
        attempts: 4,
        error: 'webhook answered 503 Service Unavailable',
      }),
    ]);
  });

  it('an admin lists failed deliveries and retries one: sent once, and only that channel', async () => {
    const failed = await request(t.http)
      .get('/api/admin/reminder-deliveries?status=failed')
      .set(admin.headers)
      .expect(200);
    const row = failed.body.items.find((d: { recipientId: string }) => d.recipientId === unlucky.user.id);
    expect(row).toMatchObject({
      channel: 'webhook',
      status: 'failed',
      error: 'webhook answered 503 Service Unavailable',
      item: flagId,
    });
    hooks.behave('/down', () => 200);
    await request(t.http)
      .post(`/api/admin/reminder-deliveries/${row.id}/retry`)
      .set(admin.headers)
      .expect(202);
    await drained(worker.queues);
    await eventually(async () =>
      expect(await deliveries(unlucky.user.id)).toEqual([
        expect.objectContaining({ channel: 'in-app', status: 'sent' }),
        expect.objectContaining({ channel: 'webhook', status: 'sent', attempts: 5, error: null }),
      ]),
    );
    expect(hooks.delivered('/down')).toHaveLength(1);
    expect(smtp.mails).toHaveLength(1);
    await request(t.http)
      .post(`/api/admin/reminder-deliveries/${row.id}/retry`)
      .set(admin.headers)
      .expect(409);
    await request(t.http)
      .post(`/api/admin/reminder-deliveries/${randomUUID()}/retry`)
      .set(admin.headers)
      .expect(404);
    await request(t.http)
      .post(`/api/admin/reminder-deliveries/${row.id}/retry`)
      .set(unlucky.headers)
      .expect(403);
  });

  it('the same event again, once BullMQ has forgotten the jobs: the delivery records stop every channel', async () => {
    for (const queue of worker.queues.allQueues()) await queue.clean(0, 10_000, 'completed');
    await t.app.get(ReminderEvents).flagOpened({
      flagId,
      departmentId: dept.departmentId,
      unitId: dept.units[0].id,
      year: 2025,
      code: 'UNDER_EXECUTED',
      message: '年度预算执行率 57.0%',
    });
    await drained(worker.queues);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM reminder_delivery WHERE item = $1`,
      [flagId],
    );
    expect(n).toBe(5);
    expect(smtp.mails).toHaveLength(1);
    expect(hooks.requests.get('/flaky')).toHaveLength(3);
    expect(hooks.delivered('/flaky')).toHaveLength(1);
    expect(hooks.delivered('/down')).toHaveLength(1);
  });
});
