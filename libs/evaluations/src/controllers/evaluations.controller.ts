import { AuthUser, CurrentUser, Roles } from '@jixiao/people';
import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Put,
  Query,
  Res,
  StreamableFile,
} from '@nestjs/common';
import { ApiBody, ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  ChangeProfileDto,
  DepartmentExportQuery,
  ExportQuery,
  OpenEvaluationDto,
} from '../dto/evaluation-requests.dto';
import { EvaluationListQuery } from '../dto/evaluation-list-query.dto';
import { UpdateEvaluationDto } from '../dto/update-evaluation.dto';
import { EvaluationService } from '../evaluation.service';
import { writeScorecardWorkbook } from '../export/scorecard-workbook';
import { Scorecard } from '../scorecard.view';
import { ApiErrors, XLSX } from '@jixiao/platform';
import { DepartmentScorecards } from '../department-scorecards.view';
import { EvaluationList } from '../evaluation-list.view';

/** 绩效自评: open, enter, rescore, list with the roll-up, export. */
@ApiTags('self-evaluations 绩效自评')
@ApiExtraModels(DepartmentScorecards)
@Controller()
export class EvaluationsController {
  constructor(private readonly evaluations: EvaluationService) {}

  @Post('projects/:projectId/evaluation')
  @Roles('admin', 'manager', 'evaluator')
  @ApiOperation({ summary: '打开项目绩效自评', description: "Creates (201) or opens (200) the project's self-evaluation; a new one copies the project's indicators and budget and is scored with the department's scoring profile for the year." })
  @ApiBody({ required: false, description: '无需请求体：评分口径由部门年度设置决定', schema: { type: 'object', additionalProperties: false } })
  @ApiOkResponse({ type: Scorecard, description: '已有的自评' })
  async open(
    @Param('projectId', ParseUUIDPipe) projectId: string,
    // Validated although empty: a body naming a profile is refused (the department's choice decides).
    @Body() _dto: OpenEvaluationDto,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) res: Response,
  ): Promise<Scorecard> {
    const { created, scorecard } = await this.evaluations.open(user, projectId);
    res.status(created ? 201 : 200);
    return scorecard;
  }

  @Get('evaluations')
  @Roles('admin', 'manager', 'evaluator')
  @ApiOperation({
    summary: '部门年度自评列表',
    description:
      "Every evaluation's total and grade, filtered by `state`, `unitId`, `grade`, `q` (project name), sorted by `sort=field:asc|desc` (projectName, unitName, total, grade, state, executionRate, budget), paged by `page`/`pageSize`; the roll-up (simple and budget-weighted means) covers every page.",
  })
  list(@Query() query: EvaluationListQuery, @CurrentUser() user: AuthUser): Promise<EvaluationList> {
    return this.evaluations.list(user, query);
  }

  @Get('evaluations/export')
  @Roles('admin', 'manager', 'evaluator')
  @ApiOperation({ summary: '导出部门年度自评表', description: '`.xlsx` (a worksheet per project, the official 自评表 layout) or JSON with `format=json`.' })
  @ApiOkResponse({
    description: '自评表',
    content: {
      [XLSX]: { schema: { type: 'string', format: 'binary' } },
      'application/json': { schema: { $ref: getSchemaPath(DepartmentScorecards) } },
    },
  })
  async exportDepartment(
    @Query() query: DepartmentExportQuery,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) res: Response,
  ) {
    const cards = await this.evaluations.scorecards(user, query.departmentId, query.year);
    if (query.format === 'json')
      return { departmentId: query.departmentId, year: query.year, evaluations: cards };
    return workbook(res, cards, `绩效自评表-${query.year}`);
  }

  @Get('evaluations/:id')
  @Roles('admin', 'manager', 'evaluator')
  @ApiOperation({ summary: '自评表详情', description: 'Rows, 预算执行率, total, grade, findings (and printed scores for historical ones).' })
  scorecard(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<Scorecard> {
    return this.evaluations.scorecard(user, id);
  }

  @Get('evaluations/:id/export')
  @Roles('admin', 'manager', 'evaluator')
  @ApiOperation({ summary: '导出项目自评表', description: 'The official 部门预算项目支出绩效自评表 (`.xlsx`, printable) or JSON with `format=json`.' })
  @ApiOkResponse({
    description: '自评表',
    content: {
      [XLSX]: { schema: { type: 'string', format: 'binary' } },
      'application/json': { schema: { $ref: getSchemaPath(Scorecard) } },
    },
  })
  async exportOne(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: ExportQuery,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) res: Response,
  ) {
    const card = await this.evaluations.scorecard(user, id);
    if (query.format === 'json') return card;
    return workbook(res, [card], `绩效自评表-${card.year}-${card.projectName}`);
  }

  @Patch('evaluations/:id')
  @Roles('admin', 'manager', 'evaluator')
  @ApiOperation({ summary: '填写自评', description: 'Partial update of amounts, actuals, reasons, bands and manual scores; rescored at once. 400 names the row; 403 EVALUATION.REVIEWER_DECISION when an evaluator sets the zero-budget 预算执行率 score; 409 when `version` is stale or the evaluation is submitted/approved.' })
  @ApiErrors(409)
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateEvaluationDto,
    @CurrentUser() user: AuthUser,
  ): Promise<Scorecard> {
    return this.evaluations.update(user, id, dto);
  }

  @Put('evaluations/:id/profile')
  @HttpCode(200)
  @Roles('admin', 'manager')
  @ApiOperation({ summary: '更换评分口径', description: 'Scores with another profile (jinkouhe | standard), stored with the evaluation.' })
  @ApiErrors(409)
  changeProfile(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ChangeProfileDto,
    @CurrentUser() user: AuthUser,
  ): Promise<Scorecard> {
    return this.evaluations.changeProfile(user, id, dto.version, dto.profile);
  }
}

async function workbook(res: Response, cards: Scorecard[], name: string): Promise<StreamableFile> {
  res.setHeader('Content-Type', XLSX);
  res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}.xlsx`);
  return new StreamableFile(await writeScorecardWorkbook(cards));
}
