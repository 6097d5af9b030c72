import { AppConfig } from '@jixiao/config';
import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ReminderCalendar } from '../calendar/reminder-calendar.entity';
import { reminderJobOptions } from '../queue/job-options';
import { ReminderJob, ReminderQueue } from '../queue/reminder-queue';
import { ReminderQueues } from '../queue/reminder-queues';

export const SWEEP_SCHEDULER_ID = 'sweep';
export const FLAGS_REFRESH_SCHEDULER_ID = 'flags-refresh';
export const calendarSchedulerId = (calendarId: string) => `calendar-${calendarId}`;

/**
 * The job schedulers in Redis, kept in step with the calendars in PostgreSQL. Stable ids: upserting
 * again changes nothing, so every API instance and worker may do it at any time.
 */
@Injectable()
export class ReminderSchedules {
  private readonly logger = new Logger(ReminderSchedules.name);

  constructor(
    private readonly queues: ReminderQueues,
    private readonly config: AppConfig,
    @InjectRepository(ReminderCalendar) private readonly calendars: Repository<ReminderCalendar>,
  ) {}

  /** Daily in the calendar's own time zone: its 08:00 is the department's morning. */
  async upsertCalendar(calendar: Pick<ReminderCalendar, 'id' | 'timeZone'>): Promise<void> {
    await this.queues.upsertScheduler(
      calendarSchedulerId(calendar.id),
      {
        pattern: this.config.REMINDER_CALENDAR_CRON,
        tz: calendar.timeZone || this.config.REMINDER_TIME_ZONE,
      },
      {
        name: ReminderJob.CalendarRun,
        data: { calendarId: calendar.id },
        opts: reminderJobOptions(this.config),
      },
    );
  }

  async removeCalendar(calendarId: string): Promise<void> {
    await this.queues.removeScheduler(ReminderJob.CalendarRun, calendarSchedulerId(calendarId));
  }

  /** Every calendar's schedule and the sweep; schedules of deleted calendars removed. */
  async syncAll(): Promise<void> {
    await this.queues.upsertScheduler(
      SWEEP_SCHEDULER_ID,
      { pattern: this.config.REMINDER_SWEEP_CRON, tz: this.config.REMINDER_TIME_ZONE },
      { name: ReminderJob.Sweep, data: {}, opts: reminderJobOptions(this.config) },
    );
    await this.queues.upsertScheduler(
      FLAGS_REFRESH_SCHEDULER_ID,
      { pattern: this.config.REMINDER_FLAGS_REFRESH_CRON, tz: this.config.REMINDER_TIME_ZONE },
      { name: ReminderJob.FlagsRefresh, data: {}, opts: reminderJobOptions(this.config) },
    );
    const calendars = await this.calendars.find({ select: { id: true, timeZone: true } });
    const ids = calendars.map((c) => c.id);
    for (const calendar of calendars) await this.upsertCalendar(calendar);
    const wanted = new Set([SWEEP_SCHEDULER_ID, FLAGS_REFRESH_SCHEDULER_ID, ...ids.map(calendarSchedulerId)]);
    for (const key of await this.queues.schedulerIds(ReminderQueue.Schedules)) {
      if (!wanted.has(key)) await this.queues.removeScheduler(ReminderJob.CalendarRun, key);
    }
    this.logger.log(`schedules in step: ${ids.length} calendar(s), the sweep and the flag refresh`);
  }
}
