import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  EvaluationSubmitted,
  evaluationTitle,
  FlagOpened,
  monitoringReportTitle,
  OUTCOME_ACTIONS,
  ReminderEventSource,
  ReviewOutcome,
} from './reminder-event-source';

/**
 * ReminderEventSource over `self_evaluation`/`workflow_transition`, `monitoring_report`/
 * `monitoring_report_transition` and `execution_flag`.
 */
@Injectable()
export class SqlReminderEventSource implements ReminderEventSource {
  constructor(private readonly dataSource: DataSource) {}

  /** Evaluations still awaiting review whose latest submission is recent. */
  async submissionsSince(since: Date): Promise<EvaluationSubmitted[]> {
    const rows: {
      id: string;
      department_id: string;
      unit_id: string | null;
      year: number;
      project_name: string;
      at: Date;
    }[] = await this.dataSource.query(
      `SELECT e.id, e.department_id, e.unit_id, e.year, e.project_name, t.at
         FROM self_evaluation e
         JOIN LATERAL (SELECT max(w.at) AS at FROM workflow_transition w
                        WHERE w.evaluation_id = e.id AND w.to_state = 'submitted') t ON true
        WHERE e.state = 'submitted' AND t.at >= $1`,
      [since],
    );
    return rows.map((r) => ({
      evaluationId: r.id,
      departmentId: r.department_id,
      unitId: r.unit_id,
      year: r.year,
      projectName: r.project_name,
      submittedAt: new Date(r.at),
    }));
  }

  /** Flags opened recently and not yet closed. */
  async flagsOpenedSince(since: Date): Promise<FlagOpened[]> {
    const rows: {
      id: string;
      department_id: string;
      unit_id: string | null;
      fiscal_year: number;
      code: string;
      message: string;
    }[] = await this.dataSource.query(
      `SELECT id, department_id, unit_id, fiscal_year, code, message
         FROM execution_flag
        WHERE created_at >= $1 AND status <> 'closed'`,
      [since],
    );
    return rows.map((r) => ({
      flagId: r.id,
      departmentId: r.department_id,
      unitId: r.unit_id,
      year: r.fiscal_year,
      code: r.code,
      message: r.message,
    }));
  }

  /** Returns, approvals and reopenings of evaluations and monitoring reports since `since`. */
  async outcomesSince(since: Date): Promise<ReviewOutcome[]> {
    const rows: {
      subject: ReviewOutcome['subject'];
      id: string;
      department_id: string;
      unit_id: string | null;
      name: string;
      year: number;
      period: number | null;
      action: ReviewOutcome['action'];
      comment: string | null;
      user_id: string;
      at: Date;
    }[] = await this.dataSource.query(
      `SELECT 'evaluation' AS subject, e.id, e.department_id, e.unit_id, e.project_name AS name, e.year,
              NULL::int AS period, w.action, w.comment, w.user_id, w.at
         FROM workflow_transition w JOIN self_evaluation e ON e.id = w.evaluation_id
        WHERE w.at >= $1 AND w.action = ANY($2::text[])
       UNION ALL
       SELECT 'monitoring-report', r.id, r.department_id, r.unit_id, u.name, r.fiscal_year, r.period,
              t.action, t.comment, t.user_id, t.at
         FROM monitoring_report_transition t
         JOIN monitoring_report r ON r.id = t.report_id
         JOIN budget_unit u ON u.id = r.unit_id
        WHERE t.at >= $1 AND t.action = ANY($2::text[])`,
      [since, OUTCOME_ACTIONS],
    );
    return rows.map((r) => ({
      subject: r.subject,
      id: r.id,
      departmentId: r.department_id,
      unitId: r.unit_id,
      title:
        r.subject === 'evaluation'
          ? evaluationTitle(r.name, r.year)
          : monitoringReportTitle(r.name, r.year, r.period ?? 12),
      action: r.action,
      comment: r.comment,
      actorId: r.user_id,
      at: new Date(r.at),
    }));
  }
}
