import { Injectable } from '@nestjs/common';
import { ReminderJob } from '../queue/reminder-queue';
import { ReminderPlanner } from '../reminder-planner.service';
import { HandlesJob, JobHandler } from './job-handler';

/** A department calendar's daily run (job scheduler `calendar-<id>`): fans out what is due today. */
@Injectable()
@HandlesJob(ReminderJob.CalendarRun)
export class CalendarRunJob implements JobHandler<{ calendarId: string; asOf?: string }> {
  constructor(private readonly planner: ReminderPlanner) {}

  async handle(data: { calendarId: string; asOf?: string }): Promise<number> {
    return (await this.planner.runCalendar(data.calendarId, data.asOf ? new Date(data.asOf) : undefined))
      .length;
  }
}
