import { Injectable } from '@nestjs/common';
import { ReviewTransitionListeners } from '@jixiao/people';
import type { ReviewTransitionFacts, ReviewTransitionListener } from '@jixiao/people';

export interface EvaluationTransitionEvent extends ReviewTransitionFacts {
  evaluationId: string;
  projectId: string | null;
  departmentId: string;
  unitId: string | null;
  year: number;
  projectName: string;
}

/** The self-evaluation workflow's hooks (reminders: review requests, returns, approvals, reopenings). */
@Injectable()
export class EvaluationTransitionHooks {
  private readonly listeners = new ReviewTransitionListeners<EvaluationTransitionEvent>(
    EvaluationTransitionHooks.name,
    (event) => `evaluation ${event.evaluationId}`,
  );

  onTransition(listener: ReviewTransitionListener<EvaluationTransitionEvent>): void {
    this.listeners.add(listener);
  }

  emit(event: EvaluationTransitionEvent): Promise<void> {
    return this.listeners.emit(event);
  }
}
