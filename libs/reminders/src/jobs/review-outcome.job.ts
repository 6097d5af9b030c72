import { Injectable } from '@nestjs/common';
import { ReviewOutcome } from '../ports/reminder-event-source';
import { ReminderJob } from '../queue/reminder-queue';
import { ReminderPlanner } from '../reminder-planner.service';
import { HandlesJob, JobHandler } from './job-handler';

/** A manager returned, approved or reopened something: tell the unit's evaluators. */
@Injectable()
@HandlesJob(ReminderJob.ReviewOutcome)
export class ReviewOutcomeJob implements JobHandler<ReviewOutcome> {
  constructor(private readonly planner: ReminderPlanner) {}

  async handle(data: ReviewOutcome): Promise<number> {
    return (await this.planner.reviewOutcome({ ...data, at: new Date(data.at) })).length;
  }
}
