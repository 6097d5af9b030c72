/** A self-evaluation awaiting review: the managers of its department are asked to review it. */
export interface EvaluationSubmitted {
  evaluationId: string;
  departmentId: string;
  unitId: string | null;
  year: number;
  projectName: string;
  /** The submission's instant: a resubmission after a return is a new review request. */
  submittedAt: Date;
}

/** A new shortfall flag (预警): the unit (or, for a department-wide flag, the managers) is told. */
export interface FlagOpened {
  flagId: string;
  departmentId: string;
  unitId: string | null;
  year: number;
  code: string;
  message: string;
}

/**
 * PORT: the events as recorded in PostgreSQL, read back by the periodic sweep. Other modules call
 * ReminderEvents at once (the fast path); the sweep delivers whatever that missed (Redis down, a
 * module that does not call it yet). Both give the same delivery key, so nothing goes out twice.
 */
export interface ReminderEventSource {
  submissionsSince(since: Date): Promise<EvaluationSubmitted[]>;
  flagsOpenedSince(since: Date): Promise<FlagOpened[]>;
}

export const REMINDER_EVENT_SOURCE = Symbol('REMINDER_EVENT_SOURCE');
