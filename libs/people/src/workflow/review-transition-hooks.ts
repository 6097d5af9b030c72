import { Logger } from '@nestjs/common';
import type { AuthUser } from '../auth/auth-user';
import type { ReviewAction, ReviewState } from './review-workflow';

/** What every workflow's transition event says: the step, who took it, when, and the comment or reason. */
export interface ReviewTransitionFacts {
  action: ReviewAction;
  from: ReviewState;
  to: ReviewState;
  comment: string | null;
  user: Pick<AuthUser, 'id' | 'username' | 'role'>;
  at: Date;
}

export type ReviewTransitionListener<E> = (event: E) => void | Promise<void>;

/**
 * The listeners of a review workflow (reminders: tell the managers something was submitted, tell the
 * unit it was returned, approved or reopened). Each workflow's hooks injectable holds one
 * (EvaluationTransitionHooks, MonitoringReportTransitionHooks) — held, not extended: those classes are
 * defined while this library may still be loading. Listeners register in `onModuleInit`; the owner emits
 * after its transaction commits, and a failing listener is logged, never undoing the transition.
 */
export class ReviewTransitionListeners<E> {
  private readonly logger: Logger;
  private readonly listeners: ReviewTransitionListener<E>[] = [];

  /** `subjectOf` names the object in the log line of a failed listener. */
  constructor(
    owner: string,
    private readonly subjectOf: (event: E) => string,
  ) {
    this.logger = new Logger(owner);
  }

  add(listener: ReviewTransitionListener<E>): void {
    this.listeners.push(listener);
  }

  async emit(event: E): Promise<void> {
    for (const listener of this.listeners) {
      try {
        await listener(event);
      } catch (error) {
        this.logger.error(`transition listener failed for ${this.subjectOf(event)}: ${String(error)}`);
      }
    }
  }
}
