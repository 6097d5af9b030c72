import { AppConfig } from '@jixiao/config';
import { DefaultJobOptions } from 'bullmq';

/**
 * Every reminder job: retried with exponential backoff; finished jobs are kept a while for the
 * dashboard and then dropped (the PostgreSQL delivery records are the lasting history).
 */
export function reminderJobOptions(config: AppConfig): DefaultJobOptions {
  return {
    attempts: config.REMINDER_JOB_ATTEMPTS,
    backoff: { type: 'exponential', delay: config.REMINDER_BACKOFF_MS },
    removeOnComplete: { age: 24 * 3600, count: 10_000 },
    removeOnFail: { age: 14 * 24 * 3600 },
  };
}
