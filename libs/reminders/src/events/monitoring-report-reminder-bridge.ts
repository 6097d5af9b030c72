import { MonitoringReportTransitionHooks } from '@jixiao/execution';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { monitoringReportTitle, OUTCOME_ACTIONS, ReviewOutcome } from '../ports/reminder-event-source';
import { ReminderEvents } from './reminder-events';

/**
 * Hooks the monitoring report workflow: a return, approval or reopening is told to the unit's evaluators.
 * Looked up at init, not injected, for the same reason as EvaluationReminderBridge.
 */
@Injectable()
export class MonitoringReportReminderBridge implements OnModuleInit {
  constructor(
    private readonly moduleRef: ModuleRef,
    private readonly events: ReminderEvents,
  ) {}

  onModuleInit(): void {
    this.moduleRef.get(MonitoringReportTransitionHooks, { strict: false }).onTransition(async (event) => {
      if (!OUTCOME_ACTIONS.includes(event.action)) return;
      await this.events.reviewOutcome({
        subject: 'monitoring-report',
        id: event.reportId,
        departmentId: event.departmentId,
        unitId: event.unitId,
        title: monitoringReportTitle(event.unitName, event.fiscalYear, event.period),
        action: event.action as ReviewOutcome['action'],
        comment: event.comment,
        actorId: event.user.id,
        at: event.at,
      });
    });
  }
}
