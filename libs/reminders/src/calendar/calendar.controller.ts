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
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SaveCalendarDto } from './calendar.dto';
import { CalendarService } from './calendar.service';
import { ApiErrors } from '@jixiao/platform';
import { ReminderCalendarView } from './reminder-calendar.view';

@ApiTags('reminders')
@ApiBearerAuth()
@Roles('admin', 'manager')
@Controller('departments/:departmentId/reminder-calendars')
export class CalendarController {
  constructor(private readonly calendars: CalendarService) {}

  @Get()
  @ApiOperation({ summary: '提醒日历列表', description: "The department's reminder calendars, one per fiscal year." })
  list(
    @CurrentUser() user: AuthUser,
    @Param('departmentId', ParseUUIDPipe) departmentId: string,
  ): Promise<ReminderCalendarView[]> {
    return this.calendars.list(user, departmentId);
  }

  @Get(':year')
  @ApiOperation({ summary: '提醒日历详情' })
  get(
    @CurrentUser() user: AuthUser,
    @Param('departmentId', ParseUUIDPipe) departmentId: string,
    @Param('year', ParseIntPipe) year: number,
  ): Promise<ReminderCalendarView> {
    return this.calendars.get(user, departmentId, year);
  }

  @Put(':year')
  @ApiOperation({ summary: '保存提醒日历', description: "Creates or replaces the year's calendar (and its schedule)." })
  @ApiErrors(409)
  save(
    @CurrentUser() user: AuthUser,
    @Param('departmentId', ParseUUIDPipe) departmentId: string,
    @Param('year', ParseIntPipe) year: number,
    @Body() body: SaveCalendarDto,
  ): Promise<ReminderCalendarView> {
    return this.calendars.save(user, departmentId, year, body);
  }

  @Delete(':year')
  @HttpCode(204)
  @ApiOperation({ summary: '删除提醒日历' })
  remove(
    @CurrentUser() user: AuthUser,
    @Param('departmentId', ParseUUIDPipe) departmentId: string,
    @Param('year', ParseIntPipe) year: number,
  ): Promise<void> {
    return this.calendars.remove(user, departmentId, year);
  }
}
