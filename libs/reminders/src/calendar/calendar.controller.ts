import { AuthUser, CurrentUser, Roles } from '@jixiao/people';
import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseIntPipe,
  ParseUUIDPipe,
  Put,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { SaveCalendarDto } from './calendar.dto';
import { CalendarService } from './calendar.service';
import { ReminderCalendar } from './reminder-calendar.entity';

@ApiTags('reminders')
@ApiBearerAuth()
@Roles('admin', 'manager')
@Controller('departments/:departmentId/reminder-calendars')
export class CalendarController {
  constructor(private readonly calendars: CalendarService) {}

  @Get()
  list(
    @CurrentUser() user: AuthUser,
    @Param('departmentId', ParseUUIDPipe) departmentId: string,
  ): Promise<ReminderCalendar[]> {
    return this.calendars.list(user, departmentId);
  }

  @Get(':year')
  get(
    @CurrentUser() user: AuthUser,
    @Param('departmentId', ParseUUIDPipe) departmentId: string,
    @Param('year', ParseIntPipe) year: number,
  ): Promise<ReminderCalendar> {
    return this.calendars.get(user, departmentId, year);
  }

  /** Creates or replaces the year's calendar (and its schedule). */
  @Put(':year')
  save(
    @CurrentUser() user: AuthUser,
    @Param('departmentId', ParseUUIDPipe) departmentId: string,
    @Param('year', ParseIntPipe) year: number,
    @Body() body: SaveCalendarDto,
  ): Promise<ReminderCalendar> {
    return this.calendars.save(user, departmentId, year, body);
  }

  @Delete(':year')
  @HttpCode(204)
  remove(
    @CurrentUser() user: AuthUser,
    @Param('departmentId', ParseUUIDPipe) departmentId: string,
    @Param('year', ParseIntPipe) year: number,
  ): Promise<void> {
    return this.calendars.remove(user, departmentId, year);
  }
}
