import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { addDays } from '../calendar/calendar-day';
import { CalendarDeadline } from '../calendar/calendar-deadline';
import { PendingUnit, PendingWork } from './pending-work';

/**
 * PendingWork over the targets (`project`, `budget_unit`), execution (`execution_record`) and
 * evaluations (`self_evaluation`) tables. Projects without a budget unit are left out: no evaluator
 * answers for them, so there is nobody to remind.
 */
@Injectable()
export class SqlPendingWork implements PendingWork {
  constructor(private readonly dataSource: DataSource) {}

  async pendingUnits(departmentId: string, year: number, deadline: CalendarDeadline): Promise<PendingUnit[]> {
    const owes =
      deadline.kind === 'monitoring'
        ? // Figures as of the checkpoint's month (or later) count: a record on the 28th covers "through the 30th".
          `NOT EXISTS (SELECT 1 FROM execution_record r WHERE r.project_id = p.id AND r.as_of >= $3::date)`
        : `NOT EXISTS (SELECT 1 FROM self_evaluation e
                        WHERE e.project_id = p.id AND e.source = 'entered' AND e.state IN ('submitted', 'approved'))`;
    const monthStart = `${(deadline.coversThrough ?? addDays(deadline.dueDate, -1)).slice(0, 7)}-01`;
    const rows: { unit_id: string; unit_name: string; projects: string }[] = await this.dataSource.query(
      `SELECT p.unit_id, u.name AS unit_name, count(*) AS projects
         FROM project p JOIN budget_unit u ON u.id = p.unit_id
        WHERE p.department_id = $1 AND p.fiscal_year = $2 AND ${owes}
        GROUP BY p.unit_id, u.name
        ORDER BY p.unit_id`,
      deadline.kind === 'monitoring' ? [departmentId, year, monthStart] : [departmentId, year],
    );
    return rows.map((r) => ({ unitId: r.unit_id, unitName: r.unit_name, projects: Number(r.projects) }));
  }
}
