import { AppConfig } from '@jixiao/config';
import { CLOCK } from '@jixiao/execution';
import { ReminderQueues } from '@jixiao/reminders';
import { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { WorkerModule } from '../../../apps/worker/src/worker.module';
import { FixedClock } from './fixed-clock';

export interface ExecutionWorker {
  context: INestApplicationContext;
  queues: ReminderQueues;
  close(): Promise<void>;
}

/** The worker process's modules (BullMQ workers running) with the suite's settings and monitoring clock. */
export async function createExecutionWorker(config: AppConfig, clock: FixedClock): Promise<ExecutionWorker> {
  const context = await Test.createTestingModule({ imports: [WorkerModule] })
    .overrideProvider(AppConfig)
    .useValue(config)
    .overrideProvider(CLOCK)
    .useValue(clock)
    .compile();
  context.useLogger(false);
  await context.init();
  return { context, queues: context.get(ReminderQueues), close: () => context.close() };
}
