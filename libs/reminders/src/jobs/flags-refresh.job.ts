import { FlagsService } from '@jixiao/execution';
import { forwardRef, Inject, Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { ReminderJob } from '../queue/reminder-queue';
import { ReminderQueues } from '../queue/reminder-queues';
import { HandlesJob, JobHandler } from './job-handler';

/** Empty: the daily run, which fans out; with a department and year: that one's recompute. */
export interface FlagsRefreshData {
  departmentId?: string;
  fiscalYear?: number;
}

/**
 * The daily flag refresh (job scheduler `flags-refresh`): LAGGING follows 序时进度 (month / 12), which
 * moves with the date and no write, so every department's flags are recomputed once a day, one job per
 * department and year (each its own transaction; a retry redoes only that one). New flags are announced
 * through FlagEvents, like every other recompute.
 */
@Injectable()
@HandlesJob(ReminderJob.FlagsRefresh)
export class FlagsRefreshJob implements JobHandler<FlagsRefreshData> {
  constructor(
    // forwardRef: this file may load while @jixiao/execution is still loading (the platform's entity list).
    @Inject(forwardRef(() => FlagsService)) private readonly flags: FlagsService,
    private readonly queues: ReminderQueues,
  ) {}

  async handle(data: FlagsRefreshData, job: Job<FlagsRefreshData>): Promise<number> {
    if (data.departmentId && data.fiscalYear) {
      const changes = await this.flags.refreshDepartment(data.departmentId, data.fiscalYear);
      return changes?.opened.length ?? 0;
    }
    const targets = await this.flags.refreshTargets();
    // Ids from the run's own timestamp: a retried fan-out enqueues the same jobs, not new ones.
    await this.queues.addMany(
      targets.map((t) => ({
        name: ReminderJob.FlagsRefresh,
        data: t,
        jobId: `flags-refresh-${t.departmentId}-${t.fiscalYear}-${job.timestamp}`,
      })),
    );
    return targets.length;
  }
}
