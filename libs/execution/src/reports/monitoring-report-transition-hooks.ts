import { Injectable } from '@nestjs/common';
import { ReviewTransitionListeners } from '@jixiao/people';
import type { ReviewTransitionFacts, ReviewTransitionListener } from '@jixiao/people';

export interface MonitoringReportTransitionEvent extends ReviewTransitionFacts {
  reportId: string;
  departmentId: string;
  unitId: string;
  unitName: string;
  fiscalYear: number;
  /** The month the report covers through (4, 6, 8, 10, 12). */
  period: number;
}

/** The monitoring report workflow's hooks (reminders: tell the unit it was returned, approved, reopened). */
@Injectable()
export class MonitoringReportTransitionHooks {
  private readonly listeners = new ReviewTransitionListeners<MonitoringReportTransitionEvent>(
    MonitoringReportTransitionHooks.name,
    (event) => `monitoring report ${event.reportId}`,
  );

  onTransition(listener: ReviewTransitionListener<MonitoringReportTransitionEvent>): void {
    this.listeners.add(listener);
  }

  emit(event: MonitoringReportTransitionEvent): Promise<void> {
    return this.listeners.emit(event);
  }
}
