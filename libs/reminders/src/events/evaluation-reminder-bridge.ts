import { EvaluationTransitionHooks } from '@jixiao/evaluations';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { evaluationTitle, OUTCOME_ACTIONS, ReviewOutcome } from '../ports/reminder-event-source';
import { ReminderEvents } from './reminder-events';

/**
 * Hooks the review workflow: a submission becomes a review request to the managers; a return, approval
 * or reopening is told to the unit's evaluators. The hooks are looked up at init, not injected: this
 * file can load while @jixiao/evaluations is still loading (through the platform's entity list), when
 * its class is not yet defined for constructor metadata.
 */
@Injectable()
export class EvaluationReminderBridge implements OnModuleInit {
  constructor(
    private readonly moduleRef: ModuleRef,
    private readonly events: ReminderEvents,
  ) {}

  onModuleInit(): void {
    this.moduleRef.get(EvaluationTransitionHooks, { strict: false }).onTransition(async (event) => {
      if (event.to === 'submitted') {
        await this.events.evaluationSubmitted({
          evaluationId: event.evaluationId,
          departmentId: event.departmentId,
          unitId: event.unitId,
          year: event.year,
          projectName: event.projectName,
          submittedAt: event.at,
        });
      } else if (OUTCOME_ACTIONS.includes(event.action)) {
        await this.events.reviewOutcome({
          subject: 'evaluation',
          id: event.evaluationId,
          departmentId: event.departmentId,
          unitId: event.unitId,
          title: evaluationTitle(event.projectName, event.year),
          action: event.action as ReviewOutcome['action'],
          comment: event.comment,
          actorId: event.user.id,
          at: event.at,
        });
      }
    });
  }
}
