import { createRedisConnection, throttledErrorLog } from '@jixiao/redis';
import { AppConfig } from '@jixiao/config';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { Job, Worker } from 'bullmq';
import IORedis from 'ioredis';
import { JOB_HANDLER_KEY, JobHandler } from '../jobs/job-handler';
import { jobHandlerTable } from '../jobs/job-handler-table';
import { ReminderJob, ReminderQueue } from '../queue/reminder-queue';
import { ReminderQueues } from '../queue/reminder-queues';
import { ReminderSchedules } from './reminder-schedules';

/**
 * The worker process's BullMQ workers, one per queue, dispatching each job by name to its handler.
 * Start-up fails if a job has no handler or two. Without Redis it waits and reconnects; each time
 * Redis is (back) ready the schedules are put in step again (a Redis that lost its data gets them back).
 */
@Injectable()
export class ReminderWorkerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ReminderWorkerService.name);
  private readonly workers: Worker[] = [];
  private connection: IORedis | null = null;
  private handlers = new Map<ReminderJob, JobHandler>();

  constructor(
    private readonly config: AppConfig,
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
    private readonly schedules: ReminderSchedules,
    private readonly queues: ReminderQueues,
  ) {}

  onApplicationBootstrap(): void {
    this.handlers = jobHandlerTable(
      this.discovery
        .getProviders()
        .filter((wrapper) => wrapper.metatype && wrapper.instance)
        .flatMap((wrapper) => {
          const name = this.reflector.get<string | undefined>(
            JOB_HANDLER_KEY,
            wrapper.metatype as object as never,
          );
          return name
            ? [{ name, handler: wrapper.instance as JobHandler, owner: wrapper.name as string }]
            : [];
        }),
    );
    const connection = createRedisConnection(
      this.config.REDIS_URL,
      'worker',
      throttledErrorLog(this.logger, 'Redis unavailable, retrying'),
    );
    this.connection = connection;
    this.queues.connection.on('ready', () => void this.syncSchedules());
    if (this.queues.ready) void this.syncSchedules();
    for (const name of Object.values(ReminderQueue)) {
      const worker = new Worker(name, (job: Job) => this.process(job), {
        connection,
        prefix: this.config.REMINDER_QUEUE_PREFIX,
        concurrency: this.config.REMINDER_WORKER_CONCURRENCY,
        lockDuration: this.config.REMINDER_LOCK_MS,
        stalledInterval: this.config.REMINDER_LOCK_MS,
        maxStalledCount: 2,
      });
      worker.on('error', () => undefined); // connection errors: logged (throttled) by the connection
      worker.on('failed', (job, error) =>
        this.logger.warn(
          `${name} ${job?.name} ${job?.id} attempt ${job?.attemptsMade} failed: ${error.message}`,
        ),
      );
      this.workers.push(worker);
    }
  }

  private async process(job: Job): Promise<unknown> {
    const handler = this.handlers.get(job.name as ReminderJob);
    if (!handler) throw new Error(`no handler for job "${job.name}"`); // unreachable: checked at start-up
    return handler.handle(job.data, job);
  }

  private async syncSchedules(): Promise<void> {
    try {
      await this.schedules.syncAll();
    } catch (error) {
      this.logger.warn(
        `could not put the schedules in step (retried on the next reconnection): ${String(error)}`,
      );
    }
  }

  /** Stops taking jobs and waits for the running ones (graceful); `force` abandons them to another worker. */
  async close(force = false): Promise<void> {
    await Promise.all(this.workers.map((w) => w.close(force)));
    this.workers.length = 0;
    this.connection?.disconnect();
    this.connection = null;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.close();
  }
}
