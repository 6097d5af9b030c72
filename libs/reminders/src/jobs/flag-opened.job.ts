import { Injectable } from '@nestjs/common';
import { FlagOpened } from '../ports/reminder-event-source';
import { ReminderJob } from '../queue/reminder-queue';
import { ReminderPlanner } from '../reminder-planner.service';
import { HandlesJob, JobHandler } from './job-handler';

/** A shortfall flag was opened: tell its unit. */
@Injectable()
@HandlesJob(ReminderJob.FlagOpened)
export class FlagOpenedJob implements JobHandler<FlagOpened> {
  constructor(private readonly planner: ReminderPlanner) {}

  async handle(data: FlagOpened): Promise<number> {
    return (await this.planner.flagOpened(data)).length;
  }
}
