import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createDepartment, DepartmentFixture, insertUsers } from './support/reminder-data';
import { ManualReminderClock } from './support/reminder-clock';
import {
  createReminderWorker,
  drained,
  eventually,
  suiteConfig,
  TestWorker,
} from './support/reminder-test-env';
import { startWebhookReceiver, WebhookReceiver } from './support/local-receivers';

const YEAR = 2025;

/** A calendar row as the API saves it: self-evaluation due 30 June of the next year, reminded 7 and 1 days before. */
async function insertCalendar(ds: DataSource, departmentId: string): Promise<string> {
  const [{ id }] = await ds.query(
    `INSERT INTO reminder_calendar (department_id, year, time_zone, deadlines, lead_days, escalation_days, version)
     VALUES ($1, $2, 'Asia/Shanghai', $3, '{7,1}', 3, 1) RETURNING id`,
    [
      departmentId,
      YEAR,
      JSON.stringify([
        { key: 'self-evaluation', kind: 'self-evaluation', label: '2025年度绩效自评', dueDate: '2026-06-30' },
      ]),
    ],
  );
  return id;
}

async function webhookFor(ds: DataSource, userIds: string[], url: (userId: string) => string): Promise<void> {
  for (const userId of userIds) {
    await ds.query(
      `INSERT INTO reminder_preference (user_id, channels, webhook_url) VALUES ($1, '{in-app,webhook}', $2)`,
      [userId, url(userId)],
    );
  }
}

describe('reminders: two workers, and a worker killed mid-job', () => {
  const clock = new ManualReminderClock();
  const config = suiteConfig({
    WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
    WEBHOOK_TIMEOUT_MS: '1500',
    REMINDER_WORKER_CONCURRENCY: '8',
  });
  let hooks: WebhookReceiver;
  let first: TestWorker;
  let second: TestWorker;
  let ds: DataSource;

  beforeAll(async () => {
    hooks = await startWebhookReceiver();
    first = await createReminderWorker(config, clock);
    second = await createReminderWorker(config, clock);
    ds = first.context.get(DataSource);
  });

  afterAll(async () => {
    await first?.close();
    await second?.close();
    await hooks?.close();
  });

  describe('two workers on the same queues', () => {
    let dept: DepartmentFixture;
    let evaluators: string[];
    let calendarId: string;

    beforeAll(async () => {
      dept = await createDepartment(ds, YEAR, 50);
      evaluators = await insertUsers(
        ds,
        'evaluator',
        dept.units.flatMap((u) => Array.from({ length: 4 }, () => ({ unitIds: [u.id] }))),
      );
      await webhookFor(ds, evaluators.slice(0, 40), (id) => hooks.url(`/u/${id}`));
      calendarId = await insertCalendar(ds, dept.departmentId);
      clock.setDay('2026-06-23');
    });

    it('both run the same fan-out at once, twice: 200 evaluators, each reminded once on each channel', async () => {
      await Promise.all([first.planner.runCalendar(calendarId), second.planner.runCalendar(calendarId)]);
      await drained(first.queues);
      // BullMQ forgets finished jobs; then both race again through the PostgreSQL records alone.
      for (const queue of first.queues.allQueues()) await queue.clean(0, 100_000, 'completed');
      await Promise.all([first.planner.runCalendar(calendarId), second.planner.runCalendar(calendarId)]);
      await drained(first.queues);
      const rows: { recipient_id: string; channel: string; n: number }[] = await ds.query(
        `SELECT recipient_id, channel, count(*)::int AS n FROM reminder_delivery
          WHERE item = $1 AND status = 'sent' GROUP BY recipient_id, channel`,
        [`${calendarId}/self-evaluation`],
      );
      expect(
        rows
          .filter((r) => r.channel === 'in-app')
          .map((r) => r.recipient_id)
          .sort(),
      ).toEqual([...evaluators].sort());
      expect(rows.filter((r) => r.channel === 'webhook')).toHaveLength(40);
      expect(rows.every((r) => r.n === 1)).toBe(true);
      const posts = evaluators.slice(0, 40).map((id) => hooks.requests.get(`/u/${id}`)?.length ?? 0);
      expect(posts).toEqual(Array(40).fill(1));
    });
  });

  describe('a worker closed without waiting while its job sends', () => {
    let dept: DepartmentFixture;
    let evaluator: string;

    beforeAll(async () => {
      dept = await createDepartment(ds, YEAR, 1);
      [evaluator] = await insertUsers(ds, 'evaluator', [{ unitIds: [dept.units[0].id] }]);
      await webhookFor(ds, [evaluator], () => hooks.url('/slow'));
      hooks.behave('/slow', (n) => (n === 1 ? 'hang' : 200)); // the first send never returns
    });

    it('the job goes to the other worker after its lock expires, is retried, and is delivered once', async () => {
      await second.close(); // only the first worker takes the job
      const flagId = randomUUID();
      await first.planner.flagOpened({
        flagId,
        departmentId: dept.departmentId,
        unitId: dept.units[0].id,
        year: YEAR,
        code: 'LAGGING',
        message: '预算执行进度 20.0% 低于序时进度',
      });
      await eventually(async () => expect(hooks.requests.get('/slow')).toHaveLength(1)); // the first worker is mid-send
      await first.worker.close(true); // gone without finishing: its lock is no longer renewed
      second = await createReminderWorker(config, clock);
      await eventually(async () => {
        const [row] = await ds.query(
          `SELECT status, attempts FROM reminder_delivery WHERE recipient_id = $1 AND channel = 'webhook'`,
          [evaluator],
        );
        expect(row).toEqual({ status: 'sent', attempts: 2 });
      });
      expect(hooks.delivered('/slow')).toHaveLength(1);
      const [{ n }] = await ds.query(
        `SELECT count(*)::int AS n FROM reminder_delivery WHERE recipient_id = $1`,
        [evaluator],
      );
      expect(n).toBe(2); // in-app and webhook, one each
    });
  });
});
