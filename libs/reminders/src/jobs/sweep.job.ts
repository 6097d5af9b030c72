import { Injectable } from '@nestjs/common';
import { ReminderJob } from '../queue/reminder-queue';
import { ReminderPlanner } from '../reminder-planner.service';
import { HandlesJob, JobHandler } from './job-handler';

/** The periodic sweep (job scheduler `sweep`): review requests and flags the fast path missed. */
@Injectable()
@HandlesJob(ReminderJob.Sweep)
export class SweepJob implements JobHandler<{ asOf?: string }> {
  constructor(private readonly planner: ReminderPlanner) {}

  async handle(data: { asOf?: string }): Promise<number> {
    return (await this.planner.sweep(data.asOf ? new Date(data.asOf) : undefined)).length;
  }
}
