import { AuthUser, CurrentUser, ReviewTransitionDto, Roles } from '@jixiao/people';
import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import {
  MonitoringReportListQueryDto,
  OpenMonitoringReportDto,
  UpdateMonitoringReportDto,
} from '../dto/monitoring-report.dto';
import { MonitoringReportsService } from '../reports/monitoring-reports.service';

/**
 * 绩效运行监控报告. Roles follow the shared review rules: evaluators write and submit, managers review
 * (admins may open a unit's report, as they open evaluations, but do not review content).
 */
@ApiTags('execution')
@ApiBearerAuth()
@Controller('execution/reports')
export class MonitoringReportsController {
  constructor(private readonly reports: MonitoringReportsService) {}

  @Post()
  @Roles('evaluator', 'admin')
  @ApiOperation({
    summary: '打开监控报告 of a unit, year and period: 201 created as a draft, 200 when it exists',
  })
  async open(
    @CurrentUser() user: AuthUser,
    @Body() body: OpenMonitoringReportDto,
    @Res({ passthrough: true }) res: Response,
  ) {
    const { created, report } = await this.reports.open(user, body.unitId, body.fiscalYear, body.period);
    res.status(created ? 201 : 200);
    return this.reports.get(user, report.id);
  }

  @Get()
  @Roles('evaluator', 'manager', 'admin')
  @ApiOperation({ summary: '监控报告列表: filter by department, unit, year, state; in the caller’s scope' })
  list(@CurrentUser() user: AuthUser, @Query() query: MonitoringReportListQueryDto) {
    return this.reports.list(user, query);
  }

  @Get(':id')
  @Roles('evaluator', 'manager', 'admin')
  @ApiOperation({ summary: '监控报告 with its figures (records and flags as of the period) and transitions' })
  get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.reports.get(user, id);
  }

  @Patch(':id')
  @Roles('evaluator')
  @ApiOperation({
    summary: '修改监控报告 (进展情况/偏差原因/改进措施) while draft or returned, with the version read',
  })
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateMonitoringReportDto,
  ) {
    const { version, ...text } = body;
    return this.reports.update(user, id, version, text);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Roles('evaluator')
  @ApiOperation({ summary: '提交: refused (422) while a flag needing a reason has none' })
  submit(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ReviewTransitionDto,
  ) {
    return this.reports.transition(user, id, 'submit', body.version, body.comment);
  }

  @Post(':id/return')
  @HttpCode(200)
  @Roles('manager')
  @ApiOperation({ summary: '退回 with a comment (required)' })
  return(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ReviewTransitionDto,
  ) {
    return this.reports.transition(user, id, 'return', body.version, body.comment);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Roles('manager')
  @ApiOperation({ summary: '审核通过: locks the report' })
  approve(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ReviewTransitionDto,
  ) {
    return this.reports.transition(user, id, 'approve', body.version, body.comment);
  }

  @Post(':id/reopen')
  @HttpCode(200)
  @Roles('manager')
  @ApiOperation({ summary: '重新打开 an approved report with a reason (required): back to draft' })
  reopen(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ReviewTransitionDto,
  ) {
    return this.reports.transition(user, id, 'reopen', body.version, body.comment);
  }
}
