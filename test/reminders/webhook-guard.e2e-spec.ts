import { ReminderEvents } from '@jixiao/reminders';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { createTestUser, TestUser } from '../support/auth';
import { TestApp } from '../support/test-app';
import { startWebhookReceiver, WebhookReceiver } from './support/local-receivers';
import { ManualReminderClock } from './support/reminder-clock';
import { createDepartment, DepartmentFixture, insertUsers } from './support/reminder-data';
import {
  createReminderApi,
  createReminderWorker,
  drained,
  suiteConfig,
  TestWorker,
} from './support/reminder-test-env';

/** SSRF: with WEBHOOK_ALLOWED_HOSTS empty (the default), webhooks go to public addresses only. */
describe('reminders: webhooks never reach internal addresses unless allow-listed', () => {
  const clock = new ManualReminderClock();
  const config = suiteConfig({ WEBHOOK_ALLOWED_HOSTS: '', REMINDER_JOB_ATTEMPTS: '2' });
  let hooks: WebhookReceiver;
  let t: TestApp;
  let worker: TestWorker;
  let dept: DepartmentFixture;
  let evaluator: TestUser;

  beforeAll(async () => {
    hooks = await startWebhookReceiver();
    t = await createReminderApi(config, clock);
    worker = await createReminderWorker(config, clock);
    dept = await createDepartment(t.dataSource, 2025, 1);
    evaluator = await createTestUser(t, { role: 'evaluator', unitIds: [dept.units[0].id] });
  });

  afterAll(async () => {
    await worker?.close();
    await t?.close();
    await hooks?.close();
  });

  it.each([
    ['loopback', 'http://127.0.0.1:6379/', 'not a public address'],
    ['a name of the loopback', 'http://localhost:8080/hook', 'resolves to'],
    ['IPv6 loopback', 'http://[::1]:8080/hook', 'not a public address'],
    ['private', 'http://10.0.0.8/robot', 'not a public address'],
    ['private (192.168)', 'https://192.168.1.20/robot', 'not a public address'],
    ['link-local (cloud metadata)', 'http://169.254.169.254/latest/meta-data/', 'not a public address'],
    ['unique-local', 'http://[fd00::1]/robot', 'not a public address'],
    ['IPv4-mapped loopback', 'http://[::ffff:127.0.0.1]/robot', 'not a public address'],
  ])('the preference API refuses %s: 400 naming webhookUrl', async (_case, webhookUrl, reason) => {
    const refused = await request(t.http)
      .put('/api/me/reminder-preferences')
      .set(evaluator.headers)
      .send({ channels: ['webhook'], webhookUrl })
      .expect(400);
    expect(refused.body.code).toBe('REMINDER_PREFERENCE.INVALID');
    expect(refused.body.details.problems).toEqual([
      expect.stringMatching(new RegExp(`^webhookUrl: .*${reason}`)),
    ]);
  });

  it('a public robot URL is accepted', async () => {
    await request(t.http)
      .put('/api/me/reminder-preferences')
      .set(evaluator.headers)
      .send({ channels: ['webhook'], webhookUrl: 'https://8.8.8.8/robot/send?access_token=x' })
      .expect(200);
  });

  it('a stored URL that points inside (by address, or by a name resolving there) is not sent to: the delivery fails with the reason', async () => {
    // Saved before this rule, or a name that resolved elsewhere when saved (DNS rebinding): the send checks again.
    const [byName, byAddress] = await insertUsers(t.dataSource, 'evaluator', [
      { unitIds: [dept.units[0].id] },
      { unitIds: [dept.units[0].id] },
    ]);
    const port = new URL(hooks.url('/')).port;
    for (const [userId, url] of [
      [byName, `http://localhost:${port}/by-name`],
      [byAddress, `http://127.0.0.1:${port}/by-address`],
    ])
      await t.dataSource.query(
        `INSERT INTO reminder_preference (user_id, channels, webhook_url) VALUES ($1, '{in-app,webhook}', $2)`,
        [userId, url],
      );
    const flagId = randomUUID();
    await t.app.get(ReminderEvents).flagOpened({
      flagId,
      departmentId: dept.departmentId,
      unitId: dept.units[0].id,
      year: 2025,
      code: 'LAGGING',
      message: '预算执行进度 20.0% 低于序时进度',
    });
    await drained(worker.queues);
    const rows: { recipient_id: string; channel: string; status: string; error: string | null }[] =
      await t.dataSource.query(
        `SELECT recipient_id, channel, status, error FROM reminder_delivery
          WHERE item = $1 AND recipient_id = ANY($2::uuid[]) ORDER BY channel, recipient_id`,
        [flagId, [byName, byAddress]],
      );
    expect(rows.filter((r) => r.channel === 'in-app').map((r) => r.status)).toEqual(['sent', 'sent']);
    const webhooks = new Map(rows.filter((r) => r.channel === 'webhook').map((r) => [r.recipient_id, r]));
    expect(webhooks.get(byName)).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(
        /webhook refused: host localhost resolves to (127\.0\.0\.1|::1), not a public address/,
      ),
    });
    expect(webhooks.get(byAddress)).toMatchObject({
      status: 'failed',
      error: 'webhook refused: 127.0.0.1 is not a public address',
    });
    expect(hooks.requests.size).toBe(0);
  });
});
