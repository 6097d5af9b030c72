import { createRedisConnection, throttledErrorLog } from '@jixiao/redis';
import { AppConfig } from '@jixiao/config';
import { DomainError } from '@jixiao/platform';
import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { JobsOptions, JobSchedulerTemplateOptions, Queue, RepeatOptions } from 'bullmq';
import IORedis from 'ioredis';
import { reminderJobOptions } from './job-options';
import { JOB_QUEUE, ReminderJob, ReminderQueue } from './reminder-queue';

export interface EnqueuedJob {
  name: ReminderJob;
  data: object;
  /** Deterministic id: the same job enqueued twice is one job. */
  jobId: string;
}

/**
 * The producer side of the queues (API and worker): one Redis connection, one BullMQ Queue per
 * name. Enqueueing fails fast with QUEUE.UNAVAILABLE (503) when Redis is away, never hanging.
 */
@Injectable()
export class ReminderQueues implements OnApplicationShutdown {
  private readonly logger = new Logger(ReminderQueues.name);
  readonly connection: IORedis;
  private readonly queues = new Map<ReminderQueue, Queue>();

  constructor(private readonly config: AppConfig) {
    this.connection = createRedisConnection(
      config.REDIS_URL,
      'producer',
      throttledErrorLog(this.logger, 'Redis unavailable'),
    );
  }

  queue(name: ReminderQueue): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, {
        connection: this.connection,
        prefix: this.config.REMINDER_QUEUE_PREFIX,
        defaultJobOptions: reminderJobOptions(this.config),
      });
      queue.on('error', () => undefined); // the connection's own listener already logs
      this.queues.set(name, queue);
    }
    return queue;
  }

  allQueues(): Queue[] {
    return Object.values(ReminderQueue).map((name) => this.queue(name));
  }

  get ready(): boolean {
    return this.connection.status === 'ready';
  }

  async add(job: EnqueuedJob, options: JobsOptions = {}): Promise<void> {
    await this.whenReady(() =>
      this.queue(JOB_QUEUE[job.name]).add(job.name, job.data, { ...options, jobId: job.jobId }),
    );
  }

  /** Many jobs, in chunks (a fan-out of thousands is one round trip per thousand). */
  async addMany(jobs: EnqueuedJob[]): Promise<void> {
    for (let i = 0; i < jobs.length; i += 1000) {
      const chunk = jobs.slice(i, i + 1000);
      const byQueue = new Map<ReminderQueue, EnqueuedJob[]>();
      for (const job of chunk) {
        const list = byQueue.get(JOB_QUEUE[job.name]) ?? [];
        list.push(job);
        byQueue.set(JOB_QUEUE[job.name], list);
      }
      for (const [queue, list] of byQueue) {
        await this.whenReady(() =>
          this.queue(queue).addBulk(
            list.map((job) => ({ name: job.name, data: job.data, opts: { jobId: job.jobId } })),
          ),
        );
      }
    }
  }

  /** Creates or replaces a schedule by its stable id: Redis holds it, so N workers fire it once. */
  async upsertScheduler(
    id: string,
    repeat: RepeatOptions,
    template: { name: ReminderJob; data: object; opts?: JobSchedulerTemplateOptions },
  ): Promise<void> {
    await this.whenReady(() => this.queue(JOB_QUEUE[template.name]).upsertJobScheduler(id, repeat, template));
  }

  async removeScheduler(name: ReminderJob, id: string): Promise<void> {
    await this.whenReady(() => this.queue(JOB_QUEUE[name]).removeJobScheduler(id));
  }

  async schedulerIds(queue: ReminderQueue): Promise<string[]> {
    const schedulers = await this.whenReady(() => this.queue(queue).getJobSchedulers(0, -1));
    return schedulers.map((s) => s.key);
  }

  /** PING with the enqueue timeout: what the health check reports. */
  async ping(): Promise<boolean> {
    if (!this.ready) return false;
    try {
      return (await this.withTimeout(this.connection.ping())) === 'PONG';
    } catch {
      return false;
    }
  }

  private async whenReady<T>(command: () => Promise<T>): Promise<T> {
    if (!this.ready) throw queueUnavailable();
    try {
      return await this.withTimeout(command());
    } catch (error) {
      throw queueUnavailable(error);
    }
  }

  private withTimeout<T>(promise: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(
        () => reject(new Error('Redis did not answer in time')),
        this.config.QUEUE_ENQUEUE_TIMEOUT_MS,
      );
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
  }

  async onApplicationShutdown(): Promise<void> {
    // A queue still connecting must not be closed before its start-up settles: close() detaches its error
    // listener, and BullMQ then emits the start-up failure unheard, which crashes the process (a CLI command
    // ending right after boot hit it). Disconnecting first makes that start-up fail at once, still heard;
    // between retries ('reconnecting') it never settles and nothing more is emitted, so there is no wait.
    const retrying = this.connection.status === 'reconnecting';
    this.connection.disconnect();
    await Promise.all(
      [...this.queues.values()].map(async (q) => {
        if (!retrying) await q.waitUntilReady().catch(() => undefined);
        await q.close().catch(() => undefined);
      }),
    );
  }
}

export const queueUnavailable = (cause?: unknown) =>
  new DomainError('unavailable', 'QUEUE.UNAVAILABLE', '提醒队列暂不可用，请稍后再试', {}, { cause });
