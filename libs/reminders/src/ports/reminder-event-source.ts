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
 * 审核结果: a manager returned, approved or reopened a self-evaluation or a monitoring report; the unit's
 * evaluators are told (with the comment).
 */
export interface ReviewOutcome {
  subject: 'evaluation' | 'monitoring-report';
  id: string;
  departmentId: string;
  unitId: string | null;
  /** What it is, in Chinese: `驻村工作队队员补助（2023年度绩效自评）`, `金口河区财政局2024年1–6月绩效运行监控报告`. */
  title: string;
  action: 'return' | 'approve' | 'reopen';
  comment: string | null;
  actorId: string;
  /** The transition's instant: part of the delivery key (a second return is a new notification). */
  at: Date;
}

/** Review actions the unit hears about. */
export const OUTCOME_ACTIONS: readonly string[] = ['return', 'approve', 'reopen'];

/** A monitoring report's title: the unit, the year and the months it covers (1–6月). */
export const monitoringReportTitle = (unitName: string, year: number, period: number) =>
  `${unitName}${year}年1–${period}月绩效运行监控报告`;

/** A self-evaluation's title. */
export const evaluationTitle = (projectName: string, year: number) => `${projectName}（${year}年度绩效自评）`;

/**
 * PORT: the events as recorded in PostgreSQL, read back by the periodic sweep. Other modules call
 * ReminderEvents at once (the fast path); the sweep delivers whatever that missed (Redis down, a
 * module that does not call it yet). Both give the same delivery key, so nothing goes out twice.
 */
export interface ReminderEventSource {
  submissionsSince(since: Date): Promise<EvaluationSubmitted[]>;
  flagsOpenedSince(since: Date): Promise<FlagOpened[]>;
  outcomesSince(since: Date): Promise<ReviewOutcome[]>;
}

export const REMINDER_EVENT_SOURCE = Symbol('REMINDER_EVENT_SOURCE');
