import type { CalendarDeadline } from '../calendar/calendar-deadline';

/** A budget unit that still owes something for a deadline, and for how many projects. */
export interface PendingUnit {
  unitId: string;
  unitName: string;
  projects: number;
}

/**
 * PORT: what is still due. For a monitoring checkpoint, projects of the year without execution
 * figures as of the checkpoint; for the self-evaluation, projects not yet submitted or approved.
 */
export interface PendingWork {
  pendingUnits(departmentId: string, year: number, deadline: CalendarDeadline): Promise<PendingUnit[]>;
}

export const PENDING_WORK = Symbol('PENDING_WORK');
