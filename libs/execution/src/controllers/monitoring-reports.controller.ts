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
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import {
  MonitoringReportListQueryDto,
  OpenMonitoringReportDto,
  UpdateMonitoringReportDto,
} from '../dto/monitoring-report.dto';
import { MonitoringReportsService } from '../reports/monitoring-reports.service';
import { ApiErrors } from '@jixiao/platform';
import { MonitoringReportDetail, MonitoringReportPage } from '../reports/monitoring-report.view';

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
  @ApiOperation({ summary: '打开监控报告', description: 'Of a unit, year and period: 201 created as a draft, 200 when it exists.' })
  @ApiOkResponse({ type: MonitoringReportDetail, description: '已有的报告' })
  async open(
    @CurrentUser() user: AuthUser,
    @Body() body: OpenMonitoringReportDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<MonitoringReportDetail> {
    const { created, report } = await this.reports.open(user, body.unitId, body.year, body.period);
    res.status(created ? 201 : 200);
    return this.reports.get(user, report.id);
  }

  @Get()
  @Roles('evaluator', 'manager', 'admin')
  @ApiOperation({ summary: '监控报告列表', description: 'Filter by department, unit, year, state; in the caller’s scope.' })
  list(@CurrentUser() user: AuthUser, @Query() query: MonitoringReportListQueryDto): Promise<MonitoringReportPage> {
    return this.reports.list(user, query);
  }

  @Get(':id')
  @Roles('evaluator', 'manager', 'admin')
  @ApiOperation({ summary: '监控报告详情', description: 'With its figures (records and flags as of the period) and transitions.' })
  get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<MonitoringReportDetail> {
    return this.reports.get(user, id);
  }

  @Patch(':id')
  @Roles('evaluator')
  @ApiOperation({ summary: '修改监控报告', description: '进展情况 / 偏差原因 / 改进措施, while draft or returned, with the version read.' })
  @ApiErrors(409)
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateMonitoringReportDto,
  ): Promise<MonitoringReportDetail> {
    const { version, ...text } = body;
    return this.reports.update(user, id, version, text);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Roles('evaluator')
  @ApiOperation({ summary: '提交监控报告', description: 'Refused (422) while a flag needing a reason has none.' })
  @ApiErrors(409, 422)
  submit(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ReviewTransitionDto,
  ): Promise<MonitoringReportDetail> {
    return this.reports.transition(user, id, 'submit', body.version, body.comment);
  }

  @Post(':id/return')
  @HttpCode(200)
  @Roles('manager')
  @ApiOperation({ summary: '退回监控报告', description: 'With a comment (required).' })
  @ApiErrors(409)
  return(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ReviewTransitionDto,
  ): Promise<MonitoringReportDetail> {
    return this.reports.transition(user, id, 'return', body.version, body.comment);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Roles('manager')
  @ApiOperation({ summary: '监控报告审核通过', description: 'Locks the report.' })
  @ApiErrors(409)
  approve(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ReviewTransitionDto,
  ): Promise<MonitoringReportDetail> {
    return this.reports.transition(user, id, 'approve', body.version, body.comment);
  }

  @Post(':id/reopen')
  @HttpCode(200)
  @Roles('manager')
  @ApiOperation({ summary: '重新打开监控报告', description: 'An approved report back to draft, with a reason (required).' })
  @ApiErrors(409)
  reopen(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ReviewTransitionDto,
  ): Promise<MonitoringReportDetail> {
    return this.reports.transition(user, id, 'reopen', body.version, body.comment);
  }
}
