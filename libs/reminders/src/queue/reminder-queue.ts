/** The BullMQ queues of Jixiao: one enum, so producers, workers and the dashboard agree. */
export enum ReminderQueue {
  /** Scheduled runs and sweeps: each only fans out delivery jobs. */
  Schedules = 'reminder-schedules',
  /** One job per (recipient, item, period, kind): sends on the recipient's channels. */
  Deliveries = 'reminder-deliveries',
}

/** Every job name, each handled by exactly one handler (checked when the worker starts). */
export enum ReminderJob {
  CalendarRun = 'calendar-run',
  Sweep = 'sweep',
  ReviewRequest = 'review-request',
  FlagOpened = 'flag-opened',
  /** A return, approval or reopening: the unit's evaluators are told. */
  ReviewOutcome = 'review-outcome',
  Deliver = 'deliver',
  /** Daily: recomputes the execution flags as 序时进度 advances (fans out per department and year). */
  FlagsRefresh = 'flags-refresh',
}

/** Which queue carries each job. */
export const JOB_QUEUE: Record<ReminderJob, ReminderQueue> = {
  [ReminderJob.CalendarRun]: ReminderQueue.Schedules,
  [ReminderJob.Sweep]: ReminderQueue.Schedules,
  [ReminderJob.ReviewRequest]: ReminderQueue.Schedules,
  [ReminderJob.FlagOpened]: ReminderQueue.Schedules,
  [ReminderJob.ReviewOutcome]: ReminderQueue.Schedules,
  [ReminderJob.Deliver]: ReminderQueue.Deliveries,
  [ReminderJob.FlagsRefresh]: ReminderQueue.Schedules,
};
