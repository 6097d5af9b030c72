import { Injectable } from '@nestjs/common';
import { EvaluationSubmitted } from '../ports/reminder-event-source';
import { ReminderJob } from '../queue/reminder-queue';
import { ReminderPlanner } from '../reminder-planner.service';
import { HandlesJob, JobHandler } from './job-handler';

/** An evaluation was submitted: ask its department's managers to review it. */
@Injectable()
@HandlesJob(ReminderJob.ReviewRequest)
export class ReviewRequestJob implements JobHandler<EvaluationSubmitted> {
  constructor(private readonly planner: ReminderPlanner) {}

  async handle(data: EvaluationSubmitted): Promise<number> {
    return (await this.planner.reviewRequest({ ...data, submittedAt: new Date(data.submittedAt) })).length;
  }
}
