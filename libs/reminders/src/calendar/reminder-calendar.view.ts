import type { DeadlineKind } from './calendar-deadline';

/** One dated obligation of a department's year. */
export class CalendarDeadlineView {
  /** @example "monitoring-04" */
  key!: string;
  kind!: DeadlineKind;
  /** @example "1–4月绩效运行监控" */
  label!: string;
  /**
   * last day to comply (Shanghai calendar day)
   * @example "2025-05-10"
   */
  dueDate!: string;
  /** monitoring: execution figures must be as of this day or later */
  coversThrough?: string;
}

/** 提醒日历 of a department and fiscal year. */
export class ReminderCalendarView {
  id!: string;
  departmentId!: string;
  year!: number;
  /** @example "Asia/Shanghai" */
  timeZone!: string;
  deadlines!: CalendarDeadlineView[];
  /** days before a deadline on which those who owe it are reminded */
  leadDays!: number[];
  /** days after a deadline on which what is missing is escalated to the department's managers */
  escalationDays!: number;
  version!: number;
  createdAt!: Date;
  updatedAt!: Date;
}
