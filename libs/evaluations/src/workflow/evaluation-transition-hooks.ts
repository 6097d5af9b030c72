import { Injectable, Logger } from '@nestjs/common';
import type { AuthUser, ReviewAction } from '@jixiao/people';
import type { EvaluationState } from '../entities/evaluation-state';

export interface EvaluationTransitionEvent {
  evaluationId: string;
  projectId: string | null;
  departmentId: string;
  unitId: string | null;
  year: number;
  projectName: string;
  action: ReviewAction;
  from: EvaluationState;
  to: EvaluationState;
  comment: string | null;
  user: Pick<AuthUser, 'id' | 'username' | 'role'>;
  at: Date;
}

export type EvaluationTransitionListener = (event: EvaluationTransitionEvent) => void | Promise<void>;

/**
 * Where other modules hook into the review workflow (e.g. reminders: tell the managers an evaluation was
 * submitted, tell the evaluator it was returned). Register in `onModuleInit`; listeners run after the
 * transition is committed, and a failing listener is logged, never undoing the transition.
 */
@Injectable()
export class EvaluationTransitionHooks {
  private readonly logger = new Logger(EvaluationTransitionHooks.name);
  private readonly listeners: EvaluationTransitionListener[] = [];

  onTransition(listener: EvaluationTransitionListener): void {
    this.listeners.push(listener);
  }

  async emit(event: EvaluationTransitionEvent): Promise<void> {
    for (const listener of this.listeners) {
      try {
        await listener(event);
      } catch (error) {
        this.logger.error(`transition listener failed for ${event.evaluationId}: ${String(error)}`);
      }
    }
  }
}
