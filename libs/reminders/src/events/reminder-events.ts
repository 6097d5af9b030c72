import { Injectable, Logger } from '@nestjs/common';
import { EvaluationSubmitted, FlagOpened, ReviewOutcome } from '../ports/reminder-event-source';
import { ReminderJob } from '../queue/reminder-queue';
import { ReminderQueues } from '../queue/reminder-queues';

/**
 * What other modules call when something happens that someone must hear about. Each call only
 * enqueues one job (the worker finds the recipients and sends) and never throws: if Redis is away
 * it returns false, and the worker's sweep delivers the same reminder later (same key, sent once).
 */
@Injectable()
export class ReminderEvents {
  private readonly logger = new Logger(ReminderEvents.name);

  constructor(private readonly queues: ReminderQueues) {}

  /** 已提交: the department's managers get a review request. */
  evaluationSubmitted(event: EvaluationSubmitted): Promise<boolean> {
    const at = new Date(event.submittedAt);
    return this.enqueue(
      ReminderJob.ReviewRequest,
      { ...event, submittedAt: at.toISOString() },
      `review-${event.evaluationId}-${at.getTime()}`,
    );
  }

  /** 审核结果 (returned, approved, reopened): the unit's evaluators are told. */
  reviewOutcome(outcome: ReviewOutcome): Promise<boolean> {
    const at = new Date(outcome.at);
    return this.enqueue(
      ReminderJob.ReviewOutcome,
      { ...outcome, at: at.toISOString() },
      `outcome-${outcome.id}-${at.getTime()}`,
    );
  }

  /** 新预警: the unit's evaluators (the managers, for a department-wide flag) are told. */
  flagOpened(flag: FlagOpened): Promise<boolean> {
    return this.flagsOpened([flag]);
  }

  /** The same for the flags one change opened (a refresh or an import can open thousands): bulk adds. */
  async flagsOpened(flags: readonly FlagOpened[]): Promise<boolean> {
    const jobs = flags.map((flag) => ({
      name: ReminderJob.FlagOpened,
      data: flag,
      jobId: `flag-${flag.flagId}`,
    }));
    try {
      await this.queues.addMany(jobs);
      return true;
    } catch (error) {
      this.logger.warn(
        `${jobs.length} new-flag reminder(s) not enqueued (the sweep will deliver them): ${String(error)}`,
      );
      return false;
    }
  }

  private async enqueue(name: ReminderJob, data: object, jobId: string): Promise<boolean> {
    try {
      await this.queues.add({ name, data, jobId });
      return true;
    } catch (error) {
      this.logger.warn(`${name} ${jobId} not enqueued (the sweep will deliver it): ${String(error)}`);
      return false;
    }
  }
}
