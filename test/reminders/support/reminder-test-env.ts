import { AppConfig, loadConfig } from '@jixiao/config';
import { REMINDER_CLOCK, ReminderPlanner, ReminderQueues, ReminderWorkerService } from '@jixiao/reminders';
import { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { AppModule } from '../../../apps/api/src/app.module';
import { configureApp } from '../../../apps/api/src/configure-app';
import { WorkerModule } from '../../../apps/worker/src/worker.module';
import { TestApp, uniqueSuffix } from '../../support/test-app';
import { ManualReminderClock } from './reminder-clock';

/** 29 February, 03:00: a valid pattern that no test run meets (the next is in 2028). */
const NEVER_DURING_TESTS = '0 3 29 2 *';

/**
 * Settings for one suite: its own BullMQ prefix (suites never see each other's jobs), short backoff
 * and locks so retries and stalled jobs happen in a test's time, plus whatever the suite overrides.
 */
export function suiteConfig(overrides: Record<string, string> = {}): AppConfig {
  return loadConfig({
    ...process.env,
    REMINDER_QUEUE_PREFIX: `test-${uniqueSuffix()}`,
    REMINDER_BACKOFF_MS: '100',
    REMINDER_LOCK_MS: '1000',
    REMINDER_JOB_ATTEMPTS: '6',
    REMINDER_SEND_LEASE_SECONDS: '300',
    // Suites share one database: a schedule firing on the wall clock would let one suite's worker
    // deliver another suite's flags and calendars. Suites run those jobs themselves, by the injected
    // clock; the schedulers still exist (with these patterns) for the tests that inspect them.
    REMINDER_CALENDAR_CRON: NEVER_DURING_TESTS,
    REMINDER_SWEEP_CRON: NEVER_DURING_TESTS,
    REMINDER_FLAGS_REFRESH_CRON: NEVER_DURING_TESTS,
    ...overrides,
  });
}

/** The real API with the suite's settings and clock. */
export async function createReminderApi(config: AppConfig, clock: ManualReminderClock): Promise<TestApp> {
  const moduleRef = await Test.createTestingModule({ imports: [AppModule] })
    .overrideProvider(AppConfig)
    .useValue(config)
    .overrideProvider(REMINDER_CLOCK)
    .useValue(clock)
    .compile();
  const app = configureApp(moduleRef.createNestApplication({ logger: false }));
  await app.init();
  return { app, http: app.getHttpServer(), dataSource: app.get(DataSource), close: () => app.close() };
}

export interface TestWorker {
  context: INestApplicationContext;
  planner: ReminderPlanner;
  worker: ReminderWorkerService;
  queues: ReminderQueues;
  close(): Promise<void>;
}

/** A worker process's modules (BullMQ workers running) with the suite's settings and clock. */
export async function createReminderWorker(
  config: AppConfig,
  clock: ManualReminderClock,
): Promise<TestWorker> {
  const context = await Test.createTestingModule({ imports: [WorkerModule] })
    .overrideProvider(AppConfig)
    .useValue(config)
    .overrideProvider(REMINDER_CLOCK)
    .useValue(clock)
    .compile();
  context.useLogger(false);
  await context.init();
  return {
    context,
    planner: context.get(ReminderPlanner),
    worker: context.get(ReminderWorkerService),
    queues: context.get(ReminderQueues),
    close: () => context.close(),
  };
}

export interface WorkerProcess {
  child: ChildProcess;
  /** SIGKILL: the process dies at once, mid-job, its locks and claims left as they are. */
  kill(): Promise<void>;
}

/**
 * The worker as a child process (test/reminders/support/worker-process.ts) with the suite's settings
 * passed as its environment; resolves once its BullMQ workers run. Its clock is the real one.
 */
export async function startWorkerProcess(config: AppConfig): Promise<WorkerProcess> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const [name, value] of Object.entries(config)) if (value !== undefined) env[name] = String(value);
  const child = spawn(
    process.execPath,
    ['-r', '@swc-node/register', resolve(__dirname, 'worker-process.ts')],
    { env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] },
  );
  const exited = once(child, 'exit');
  const ready = once(child, 'message');
  const outcome = await Promise.race([ready.then(() => 'ready'), exited.then(() => 'exited')]);
  if (outcome !== 'ready')
    throw new Error(`the worker process exited before it was ready (${child.exitCode})`);
  return {
    child,
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGKILL');
        await exited;
      }
    },
  };
}

/** Polls until `check` passes (the worker is another event-loop actor: this waits for work, not for time). */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 20_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() - started > timeoutMs) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/**
 * Waits until no reminder job is waiting, running or delayed for a retry: every fan-out has been
 * delivered. (The schedulers' next runs wait as delayed jobs too; they are not work in progress.)
 */
export async function drained(queues: ReminderQueues, timeoutMs = 20_000): Promise<void> {
  await eventually(async () => {
    for (const queue of queues.allQueues()) {
      const counts = await queue.getJobCounts('waiting', 'active', 'prioritized', 'waiting-children');
      const retrying = (await queue.getDelayed()).filter((job) => !job.repeatJobKey).length;
      const busy = Object.values(counts).reduce((a, b) => a + b, retrying);
      if (busy > 0) throw new Error(`${queue.name}: ${JSON.stringify({ ...counts, retrying })}`);
    }
  }, timeoutMs);
}
