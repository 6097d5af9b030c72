import { AppConfig } from '@jixiao/config';
import { audited, auditFields, auditSuccess, type AuthUser } from '@jixiao/people';
import { DomainError } from '@jixiao/platform';
import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { ReminderSchedules } from '../worker/reminder-schedules';
import { isCalendarDay } from './calendar-day';
import { SaveCalendarDto } from './calendar.dto';
import { ReminderCalendar } from './reminder-calendar.entity';

const AUDITED: readonly (keyof ReminderCalendar)[] = [
  'id',
  'year',
  'timeZone',
  'deadlines',
  'leadDays',
  'escalationDays',
];

/**
 * Calendars as data: admins for every department, managers for their own. Saving one also puts its
 * schedule in Redis; if Redis is away the calendar is saved all the same and the worker schedules
 * it when Redis is back.
 */
@Injectable()
export class CalendarService {
  private readonly logger = new Logger(CalendarService.name);

  constructor(
    @InjectRepository(ReminderCalendar) private readonly calendars: Repository<ReminderCalendar>,
    private readonly dataSource: DataSource,
    private readonly schedules: ReminderSchedules,
    private readonly config: AppConfig,
  ) {}

  async list(user: AuthUser, departmentId: string): Promise<ReminderCalendar[]> {
    await this.visibleDepartment(user, departmentId);
    return this.calendars.find({ where: { departmentId }, order: { year: 'DESC' } });
  }

  async get(user: AuthUser, departmentId: string, year: number): Promise<ReminderCalendar> {
    await this.visibleDepartment(user, departmentId);
    const calendar = await this.calendars.findOneBy({ departmentId, year });
    if (!calendar)
      throw new DomainError('not-found', 'REMINDER_CALENDAR.NOT_FOUND', `提醒日历不存在：${year}`, {
        departmentId,
        year,
      });
    return calendar;
  }

  async save(
    user: AuthUser,
    departmentId: string,
    year: number,
    input: SaveCalendarDto,
  ): Promise<ReminderCalendar> {
    const event = { action: 'REMINDER_CALENDAR.PUT', objectType: 'DEPARTMENT', objectId: departmentId };
    const calendar = await audited(this.dataSource, event, async () => {
      await this.visibleDepartment(user, departmentId);
      const timeZone = input.timeZone ?? this.config.REMINDER_TIME_ZONE;
      checkCalendar(input, timeZone);
      return this.dataSource.transaction(async (manager) => {
        const calendars = manager.getRepository(ReminderCalendar);
        const before = await calendars.findOneBy({ departmentId, year });
        await calendars.upsert(
          {
            departmentId,
            year,
            timeZone,
            deadlines: input.deadlines.map((d) => ({ ...d })),
            leadDays: [...new Set(input.leadDays)].sort((a, b) => b - a),
            escalationDays: input.escalationDays,
          },
          { conflictPaths: ['departmentId', 'year'] },
        );
        const saved = await calendars.findOneByOrFail({ departmentId, year });
        await auditSuccess(manager, {
          ...event,
          before: before && auditFields(before, AUDITED),
          after: auditFields(saved, AUDITED),
        });
        return saved;
      });
    });
    await this.quietly(() => this.schedules.upsertCalendar(calendar));
    return calendar;
  }

  async remove(user: AuthUser, departmentId: string, year: number): Promise<void> {
    const event = { action: 'REMINDER_CALENDAR.DELETE', objectType: 'DEPARTMENT', objectId: departmentId };
    const calendar = await audited(this.dataSource, event, async () => {
      const calendar = await this.get(user, departmentId, year);
      await this.dataSource.transaction(async (manager) => {
        await manager.delete(ReminderCalendar, { id: calendar.id });
        await auditSuccess(manager, { ...event, before: auditFields(calendar, AUDITED) });
      });
      return calendar;
    });
    await this.quietly(() => this.schedules.removeCalendar(calendar.id));
  }

  private async quietly(command: () => Promise<void>): Promise<void> {
    try {
      await command();
    } catch (error) {
      this.logger.warn(`schedule not updated now (the worker syncs it when Redis is back): ${String(error)}`);
    }
  }

  /** Another department is invisible (404), as everywhere in Jixiao. */
  private async visibleDepartment(user: AuthUser, departmentId: string): Promise<void> {
    const visible = user.role === 'admin' || user.departmentIds.includes(departmentId);
    const rows: unknown[] = visible
      ? await this.dataSource.query('SELECT 1 FROM department WHERE id = $1', [departmentId])
      : [];
    if (rows.length === 0)
      throw new DomainError('not-found', 'DEPARTMENT.NOT_FOUND', `部门不存在：${departmentId}`, {
        id: departmentId,
      });
  }
}

function checkCalendar(input: SaveCalendarDto, timeZone: string): void {
  const problems: string[] = [];
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    problems.push(`timeZone: unknown time zone ${timeZone}`);
  }
  const keys = new Set<string>();
  input.deadlines.forEach((d, i) => {
    if (keys.has(d.key)) problems.push(`deadlines[${i}].key: ${d.key} appears twice`);
    keys.add(d.key);
    if (!isCalendarDay(d.dueDate)) problems.push(`deadlines[${i}].dueDate: ${d.dueDate} is not a date`);
    if (d.coversThrough !== undefined && !isCalendarDay(d.coversThrough))
      problems.push(`deadlines[${i}].coversThrough: ${d.coversThrough} is not a date`);
    if (d.coversThrough !== undefined && d.kind !== 'monitoring')
      problems.push(`deadlines[${i}].coversThrough: only for monitoring`);
  });
  if (problems.length > 0)
    throw new DomainError('invalid', 'REMINDER_CALENDAR.INVALID', '提醒日历有误', { problems });
}
