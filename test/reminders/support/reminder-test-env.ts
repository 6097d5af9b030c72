import { AppConfig, loadConfig } from '@jixiao/config';
import { REMINDER_CLOCK, ReminderPlanner, ReminderQueues, ReminderWorkerService } from '@jixiao/reminders';
import { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { AppModule } from '../../../apps/api/src/app.module';
import { configureApp } from '../../../apps/api/src/configure-app';
import { WorkerModule } from '../../../apps/worker/src/worker.module';
import { TestApp, uniqueSuffix } from '../../support/test-app';
import { ManualReminderClock } from './reminder-clock';

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
