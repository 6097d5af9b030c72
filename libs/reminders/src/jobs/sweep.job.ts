import { Injectable } from '@nestjs/common';
import { DeliveryStore } from '../delivery/delivery-store';
import { ReminderJob } from '../queue/reminder-queue';
import { ReminderPlanner } from '../reminder-planner.service';
import { HandlesJob, JobHandler } from './job-handler';

/**
 * The periodic sweep (job scheduler `sweep`): review requests and flags the fast path missed, and
 * sends whose worker died past the lease marked failed (shown to admins, retryable).
 */
@Injectable()
@HandlesJob(ReminderJob.Sweep)
export class SweepJob implements JobHandler<{ asOf?: string }> {
  constructor(
    private readonly planner: ReminderPlanner,
    private readonly store: DeliveryStore,
  ) {}

  async handle(data: { asOf?: string }): Promise<number> {
    await this.store.failExpiredClaims();
    return (await this.planner.sweep(data.asOf ? new Date(data.asOf) : undefined)).length;
  }
}
