import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EvaluationSubmitted, FlagOpened, ReminderEventSource } from './reminder-event-source';

/** ReminderEventSource over `self_evaluation`/`workflow_transition` and `execution_flag`. */
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
}
