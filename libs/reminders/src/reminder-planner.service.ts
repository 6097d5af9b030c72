import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AppConfig } from '@jixiao/config';
import { Repository } from 'typeorm';
import { dayIn } from './calendar/calendar-day';
import { DueAction, dueActions } from './calendar/due-actions';
import { ReminderCalendar } from './calendar/reminder-calendar.entity';
import { DeliveryRequest, deliveryJobId } from './delivery/delivery-request';
import {
  dueMessage,
  escalationMessage,
  flagMessage,
  reviewOutcomeMessage,
  reviewRequestMessage,
} from './delivery/reminder-messages';
import { PENDING_WORK, PendingUnit, PendingWork } from './ports/pending-work';
import { RECIPIENT_DIRECTORY, RecipientDirectory } from './ports/recipient-directory';
import {
  EvaluationSubmitted,
  FlagOpened,
  REMINDER_EVENT_SOURCE,
  ReminderEventSource,
  ReviewOutcome,
} from './ports/reminder-event-source';
import { ReminderQueues } from './queue/reminder-queues';
import { ReminderJob } from './queue/reminder-queue';
import { REMINDER_CLOCK, ReminderClock } from './reminder-clock';

/**
 * Decides who gets which reminder and fans out one delivery job per (recipient, item, period, kind).
 * It sends nothing itself: runs are cheap, repeatable and safe to race.
 */
@Injectable()
export class ReminderPlanner {
  constructor(
    @InjectRepository(ReminderCalendar) private readonly calendars: Repository<ReminderCalendar>,
    @Inject(RECIPIENT_DIRECTORY) private readonly directory: RecipientDirectory,
    @Inject(PENDING_WORK) private readonly pending: PendingWork,
    @Inject(REMINDER_EVENT_SOURCE) private readonly events: ReminderEventSource,
    @Inject(REMINDER_CLOCK) private readonly clock: ReminderClock,
    private readonly queues: ReminderQueues,
    private readonly config: AppConfig,
  ) {}

  /** A calendar's run as of an instant (the scheduler passes the clock's now): the deliveries enqueued. */
  async runCalendar(calendarId: string, asOf: Date = this.clock.now()): Promise<DeliveryRequest[]> {
    const calendar = await this.calendars.findOneBy({ id: calendarId });
    if (!calendar) return []; // deleted since it was scheduled; the worker drops its schedule
    const requests: DeliveryRequest[] = [];
    for (const action of dueActions(calendar, dayIn(asOf, calendar.timeZone))) {
      const units = await this.pending.pendingUnits(calendar.departmentId, calendar.year, action.deadline);
      if (units.length > 0) requests.push(...(await this.requestsFor(calendar, action, units)));
    }
    await this.enqueue(requests);
    return requests;
  }

  /** Review requests and flags of the last REMINDER_SWEEP_LOOKBACK_HOURS that the fast path missed. */
  async sweep(asOf: Date = this.clock.now()): Promise<DeliveryRequest[]> {
    const since = new Date(asOf.getTime() - this.config.REMINDER_SWEEP_LOOKBACK_HOURS * 3600_000);
    const requests: DeliveryRequest[] = [];
    for (const submission of await this.events.submissionsSince(since))
      requests.push(...(await this.reviewRequests(submission)));
    for (const flag of await this.events.flagsOpenedSince(since))
      requests.push(...(await this.flagRequests(flag)));
    for (const outcome of await this.events.outcomesSince(since))
      requests.push(...(await this.outcomeRequests(outcome)));
    await this.enqueue(requests);
    return requests;
  }

  async reviewRequest(event: EvaluationSubmitted): Promise<DeliveryRequest[]> {
    const requests = await this.reviewRequests(event);
    await this.enqueue(requests);
    return requests;
  }

  async flagOpened(flag: FlagOpened): Promise<DeliveryRequest[]> {
    const requests = await this.flagRequests(flag);
    await this.enqueue(requests);
    return requests;
  }

  async reviewOutcome(outcome: ReviewOutcome): Promise<DeliveryRequest[]> {
    const requests = await this.outcomeRequests(outcome);
    await this.enqueue(requests);
    return requests;
  }

  private async requestsFor(
    calendar: ReminderCalendar,
    action: DueAction,
    units: PendingUnit[],
  ): Promise<DeliveryRequest[]> {
    const item = `${calendar.id}/${action.deadline.key}`;
    if (action.type === 'escalation') {
      const message = escalationMessage(action.deadline, action.daysLate, units, calendar);
      const managers = await this.directory.managersOfDepartment(calendar.departmentId);
      return managers.map((m) => ({
        recipientId: m.userId,
        item,
        period: 'escalation',
        kind: 'escalation',
        message,
      }));
    }
    const byUnit = new Map(units.map((u) => [u.unitId, u]));
    const evaluators = await this.directory.evaluatorsOfUnits(units.map((u) => u.unitId));
    return evaluators.map((e) => ({
      recipientId: e.userId,
      item,
      period: `T-${action.leadDays}`,
      kind: 'due',
      message: dueMessage(
        action.deadline,
        action.leadDays,
        e.unitIds.flatMap((id) => byUnit.get(id) ?? []),
        calendar,
      ),
    }));
  }

  private async reviewRequests(event: EvaluationSubmitted): Promise<DeliveryRequest[]> {
    const message = reviewRequestMessage(event);
    const managers = await this.directory.managersOfDepartment(event.departmentId);
    const period = new Date(event.submittedAt).toISOString();
    return managers.map((m) => ({
      recipientId: m.userId,
      item: event.evaluationId,
      period,
      kind: 'review-request',
      message,
    }));
  }

  private async flagRequests(flag: FlagOpened): Promise<DeliveryRequest[]> {
    const message = flagMessage(flag);
    const recipients = flag.unitId
      ? await this.directory.evaluatorsOfUnits([flag.unitId])
      : await this.directory.managersOfDepartment(flag.departmentId);
    return recipients.map((r) => ({
      recipientId: r.userId,
      item: flag.flagId,
      period: String(flag.year),
      kind: 'flag-opened',
      message,
    }));
  }

  /** One per evaluator of the unit and transition (its instant is the period: a second return is news). */
  private async outcomeRequests(outcome: ReviewOutcome): Promise<DeliveryRequest[]> {
    if (!outcome.unitId) return [];
    const actorName = (await this.directory.nameOf(outcome.actorId)) ?? '审核人';
    const message = reviewOutcomeMessage(outcome, actorName);
    const evaluators = await this.directory.evaluatorsOfUnits([outcome.unitId]);
    return evaluators.map((e) => ({
      recipientId: e.userId,
      item: outcome.id,
      period: new Date(outcome.at).toISOString(),
      kind: 'review-outcome',
      message,
    }));
  }

  private async enqueue(requests: DeliveryRequest[]): Promise<void> {
    await this.queues.addMany(
      requests.map((data) => ({ name: ReminderJob.Deliver, data, jobId: deliveryJobId(data) })),
    );
  }
}
