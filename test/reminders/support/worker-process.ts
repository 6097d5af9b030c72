import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { WorkerModule } from '../../../apps/worker/src/worker.module';

/**
 * The real worker module as a process of its own, so a test can SIGKILL it (no shutdown hook, no
 * finally, nothing in-process survives). Settings come from the environment the test passes, as
 * in production; "ready" goes to the parent over IPC once the BullMQ workers run.
 */
async function main(): Promise<void> {
  const app = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
  app.enableShutdownHooks();
  await app.init();
  process.send?.('ready');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
