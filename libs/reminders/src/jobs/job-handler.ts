import { SetMetadata } from '@nestjs/common';
import type { Job } from 'bullmq';
import type { ReminderJob } from '../queue/reminder-queue';

export const JOB_HANDLER_KEY = 'jixiao:reminder-job-handler';

/** A job class: tiny, it calls one service method. */
export interface JobHandler<T = unknown> {
  handle(data: T, job: Job<T>): Promise<unknown>;
}

/** Marks a provider as the handler of one job name (the worker finds it by this). */
export const HandlesJob = (name: ReminderJob) => SetMetadata(JOB_HANDLER_KEY, name);
