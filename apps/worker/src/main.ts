import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { WorkerModule } from './worker.module';

/**
 * `npm run start:worker`: BullMQ workers and job schedulers for reminders. Run as many as you like:
 * schedules live in Redis and every delivery is recorded once in PostgreSQL. SIGTERM finishes the
 * running jobs, then closes the queues and connections.
 */
async function bootstrap(): Promise<void> {
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  await app.init();
}

void bootstrap();
