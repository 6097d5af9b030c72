import { CalendarRunJob } from './calendar-run.job';
import { DeliverJob } from './deliver.job';
import { FlagOpenedJob } from './flag-opened.job';
import { FlagsRefreshJob } from './flags-refresh.job';
import { ReviewOutcomeJob } from './review-outcome.job';
import { ReviewRequestJob } from './review-request.job';
import { SweepJob } from './sweep.job';

/** Every job handler: the worker module provides these. */
export const REMINDER_JOB_HANDLERS = [
  CalendarRunJob,
  SweepJob,
  ReviewRequestJob,
  FlagOpenedJob,
  ReviewOutcomeJob,
  DeliverJob,
  FlagsRefreshJob,
];
