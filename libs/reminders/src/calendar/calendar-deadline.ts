import { CalendarDay } from './calendar-day';

/**
 * What a deadline asks for: a monitoring report (绩效运行监控, execution to date entered for every
 * project) or the self-evaluation (绩效自评, submitted for every project).
 */
export type DeadlineKind = 'monitoring' | 'self-evaluation';

/** One dated obligation of a department's year (domain §8: every date is configuration). */
export interface CalendarDeadline {
  /** Stable within the calendar (`monitoring-04`, `self-evaluation`): part of every reminder's key. */
  key: string;
  kind: DeadlineKind;
  /** Shown to people: `1–4月绩效运行监控`. */
  label: string;
  /** Last day to comply, a Shanghai calendar day. */
  dueDate: CalendarDay;
  /** Monitoring: the execution figures must be as of this day or later (e.g. 2025-04-30 for Jan–Apr). */
  coversThrough?: CalendarDay;
}
