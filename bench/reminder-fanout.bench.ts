/**
 * Reminder fan-out end to end: one department with 10,000 budget units, each with one 2025 project not
 * yet self-evaluated and one evaluator. One calendar run as of 7 days before the self-evaluation
 * deadline plans 10,000 reminders, enqueues 10,000 delivery jobs, and ONE worker process (the worker
 * module, default concurrency) delivers them in-app: a PostgreSQL record per reminder under the unique
 * key. Timed from the run until the 10,000th record exists. Target: under 30 s.
 * Baseline in the same run: raw BullMQ, 10,000 no-op jobs added in bulk and processed by one Worker
 * with the same concurrency — the queue's own cost, so the ratio shows what planning and recording add.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/jixiao_bench npm run bench -- reminder-fanout
 * Redis: REDIS_URL, else 127.0.0.1:6379, else a redis-server of its own. Without DATABASE_URL an
 * embedded PostgreSQL is started under .data/bench-postgres. The data lives in a database of its own,
 * jixiao_bench_reminders (dropped at the end); queues use a random prefix and are obliterated after.
 */
import { loadConfig } from '@jixiao/config';
import { buildDataSourceOptions } from '@jixiao/database';
import { ENTITIES } from '@jixiao/platform';
import { ReminderPlanner, ReminderQueues } from '@jixiao/reminders';
import { NestFactory } from '@nestjs/core';
import { Queue, Worker } from 'bullmq';
import IORedis from 'ioredis';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { WorkerModule } from '../apps/worker/src/worker.module';
import { findRedis, withBenchDatabase, withEnv } from './support';

const REMINDERS = 10_000;
/** Four times the target: past this the bench fails instead of waiting. */
const GIVE_UP_MS = 120_000;

export async function run(): Promise<Record<string, unknown>> {
  const redis = await findRedis();
  try {
    return await withBenchDatabase('reminders', async ({ url, where }) => {
      const dataSource = new DataSource(buildDataSourceOptions(url, ENTITIES));
      await dataSource.initialize();
      try {
        const calendarId = await generate(dataSource);
        const prefix = `bench-${randomBytes(4).toString('hex')}`;
        const env = {
          DATABASE_URL: url,
          REDIS_URL: redis.url,
          REMINDER_QUEUE_PREFIX: prefix,
          MIGRATIONS_RUN: 'false',
          LOG_LEVEL: 'silent',
        };
        return await withEnv(env, async () => {
          const concurrency = loadConfig().REMINDER_WORKER_CONCURRENCY;
          const baseline = await rawBullMq(redis.url, prefix, concurrency);
          const fanOut = await reminderFanOut(dataSource, calendarId);
          return {
            database: where,
            reminders: REMINDERS,
            workerConcurrency: concurrency,
            planAndEnqueueMs: fanOut.planMs,
            endToEndMs: fanOut.totalMs,
            deliveriesPerSecond: Math.round((REMINDERS / fanOut.totalMs) * 1000),
            target: 'end to end < 30,000 ms',
            met: fanOut.totalMs < 30_000,
            baseline: {
              what: 'raw BullMQ: 10,000 no-op jobs, addBulk + one Worker',
              ms: baseline,
              jobsPerSecond: Math.round((REMINDERS / baseline) * 1000),
            },
            ratio: Number((fanOut.totalMs / baseline).toFixed(2)),
          };
        });
      } finally {
        await dataSource.destroy();
      }
    });
  } finally {
    await redis.stop();
  }
}

/** One calendar run through the worker module: plan, enqueue, deliver; until every record is there. */
async function reminderFanOut(
  dataSource: DataSource,
  calendarId: string,
): Promise<{ planMs: number; totalMs: number }> {
  const worker = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
  await worker.init();
  try {
    const started = performance.now();
    const planned = await worker
      .get(ReminderPlanner)
      .runCalendar(calendarId, new Date('2026-06-23T00:00:00Z'));
    const planMs = Math.round(performance.now() - started);
    if (planned.length !== REMINDERS)
      throw new Error(`planned ${planned.length} reminders, expected ${REMINDERS}`);
    for (;;) {
      const [{ n }] = await dataSource.query(
        `SELECT count(*)::int AS n FROM reminder_delivery WHERE status = 'sent'`,
      );
      if (n >= REMINDERS) break;
      // A bench stops by itself: a worker that stalls is reported, not waited on forever.
      if (performance.now() - started > GIVE_UP_MS)
        throw new Error(`only ${n} of ${REMINDERS} reminders delivered after ${GIVE_UP_MS} ms`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const totalMs = Math.round(performance.now() - started);
    for (const queue of worker.get(ReminderQueues).allQueues()) await queue.obliterate({ force: true });
    return { planMs, totalMs };
  } finally {
    await worker.close();
  }
}

/** The queue alone: 10,000 no-op jobs added in bulk (chunks of 1,000, as the planner does) and processed. */
async function rawBullMq(url: string, prefix: string, concurrency: number): Promise<number> {
  const connection = new IORedis(url, { maxRetriesPerRequest: null });
  const queue = new Queue('bench-noop', { connection, prefix });
  let done = 0;
  let finish: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => (finish = resolve));
  const worker = new Worker(
    'bench-noop',
    async () => {
      done += 1;
      if (done === REMINDERS) finish();
    },
    { connection, prefix, concurrency, autorun: false },
  );
  try {
    const started = performance.now();
    void worker.run();
    for (let i = 0; i < REMINDERS; i += 1000) {
      await queue.addBulk(
        Array.from({ length: 1000 }, (_, j) => ({
          name: 'noop',
          data: { n: i + j },
          opts: { jobId: `noop-${i + j}`, removeOnComplete: true },
        })),
      );
    }
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      finished,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`raw BullMQ: ${done} of ${REMINDERS} jobs after ${GIVE_UP_MS} ms`)), GIVE_UP_MS);
      }),
    ]).finally(() => clearTimeout(timer));
    return Math.round(performance.now() - started);
  } finally {
    await worker.close();
    await queue.obliterate({ force: true });
    await queue.close();
    connection.disconnect();
  }
}

/** 10,000 units with one unsubmitted 2025 project and one evaluator each, and the department's calendar. */
async function generate(ds: DataSource): Promise<string> {
  const [{ id: departmentId }] = await ds.query(
    `INSERT INTO department (code, name, natural_key) VALUES ('900', '基准测试部门', 'bench-reminders') RETURNING id`,
  );
  await ds.query(
    `INSERT INTO budget_unit (department_id, name, natural_key) SELECT $1, '单位' || n, 'unit-' || n FROM generate_series(1, $2) n`,
    [departmentId, REMINDERS],
  );
  await ds.query(
    `INSERT INTO project (department_id, unit_id, fiscal_year, name, natural_key, version)
     SELECT $1, u.id, 2025, u.name || '项目', u.natural_key, 1 FROM budget_unit u WHERE u.department_id = $1`,
    [departmentId],
  );
  await ds.query(
    `INSERT INTO user_account (username, role, unit_ids, password_hash, must_change_password, password_changed_at, version)
     SELECT 'bench-' || u.natural_key, 'evaluator', ARRAY[u.id], 'not-a-hash', false, now(), 1 FROM budget_unit u WHERE u.department_id = $1`,
    [departmentId],
  );
  const [{ id }] = await ds.query(
    `INSERT INTO reminder_calendar (department_id, year, time_zone, deadlines, lead_days, escalation_days, version)
     VALUES ($1, 2025, 'Asia/Shanghai', $2, '{7,1}', 3, 1) RETURNING id`,
    [
      departmentId,
      JSON.stringify([
        { key: 'self-evaluation', kind: 'self-evaluation', label: '2025年度绩效自评', dueDate: '2026-06-30' },
      ]),
    ],
  );
  return id;
}

if (require.main === module) {
  run().then(
    (result) => process.stdout.write(`${JSON.stringify(result, null, 2)}\n`),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
