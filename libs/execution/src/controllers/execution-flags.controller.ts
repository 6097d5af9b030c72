import { AuthUser, CurrentUser, Roles } from '@jixiao/people';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { AnswerFlagDto, CloseFlagDto } from '../dto/answer-flag.dto';
import { FlagExportQueryDto, FlagFilterQueryDto, FlagListQueryDto } from '../dto/flag-list-query.dto';
import { RefreshFlagsDto } from '../dto/year-query.dto';
import { FlagFilter } from '../flags/flag-query';
import { FlagsService } from '../flags/flags.service';
import { FLAG_HEADER, flagSheetCells } from '../spreadsheet/flag-sheet';
import { writeTable } from '../spreadsheet/table-file';
import { file } from './file-response';
import { FlagAnswerView, FlagChangesView, flagChangesView } from './flag-changes.view';
import { ApiErrors, ApiFile, CSV, XLSX } from '@jixiao/platform';
import { FlagPageView, FlagView } from '../flags/flag.view';

/** The largest flag list one export writes. */
const EXPORT_LIMIT = 20000;

@ApiTags('execution')
@ApiBearerAuth()
@Controller('execution/flags')
export class ExecutionFlagsController {
  constructor(private readonly flags: FlagsService) {}

  @Get()
  @Roles('evaluator', 'manager', 'admin')
  @ApiOperation({ summary: '预警列表', description: 'Filter by department, unit, code, severity, colour, status; sortable; paginated.' })
  list(@CurrentUser() user: AuthUser, @Query() query: FlagListQueryDto): Promise<FlagPageView> {
    return this.flags.list(user, filterOf(query), {
      sort: query.sort,
      order: query.order,
      page: query.page,
      pageSize: query.pageSize,
    });
  }

  @Get('export')
  @Roles('evaluator', 'manager', 'admin')
  @ApiOperation({ summary: '导出预警列表', description: 'xlsx or csv; same filters and order as the list.' })
  @ApiFile('预警列表', XLSX, CSV)
  async export(
    @CurrentUser() user: AuthUser,
    @Query() query: FlagExportQueryDto,
    @Res({ passthrough: true }) res: Response,
  ) {
    const format = query.format ?? 'xlsx';
    const { items } = await this.flags.list(user, filterOf(query), {
      sort: query.sort,
      order: query.order,
      page: 1,
      pageSize: EXPORT_LIMIT,
    });
    return file(
      res,
      await writeTable(format, '预警', FLAG_HEADER, items.map(flagSheetCells)),
      format,
      'execution-flags',
    );
  }

  @Post(':id/answer')
  @HttpCode(200)
  @Roles('evaluator', 'manager', 'admin')
  @ApiOperation({ summary: '答复预警', description: "原因说明 (reason) and 整改措施 (measure: 继续执行 / 调剂 / 取消); the project's flags are recomputed." })
  @ApiErrors(409)
  async answer(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: AnswerFlagDto,
  ): Promise<FlagAnswerView> {
    const { flag, changes } = await this.flags.answer(user, id, body.reason, body.measure);
    return { flag, changes: flagChangesView(changes) };
  }

  @Post(':id/close')
  @HttpCode(200)
  @Roles('manager', 'admin')
  @ApiOperation({ summary: '关闭预警', description: 'By a reviewer; stays closed while the same finding persists.' })
  @ApiErrors(409)
  close(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: CloseFlagDto): Promise<FlagView> {
    return this.flags.close(user, id, body.note ?? null);
  }

  @Post('refresh')
  @HttpCode(200)
  @Roles('manager', 'admin')
  @ApiOperation({ summary: '重新计算预警', description: 'Of a department and year (after a targets import, or as 序时进度 advances).' })
  async refresh(@CurrentUser() user: AuthUser, @Body() body: RefreshFlagsDto): Promise<FlagChangesView> {
    return flagChangesView(await this.flags.refresh(user, body.departmentId, body.year));
  }
}

function filterOf(query: FlagFilterQueryDto): FlagFilter {
  const { sort: _sort, order: _order, openedSince, year, ...filter } = query;
  return { ...filter, fiscalYear: year, ...(openedSince ? { openedSince: new Date(openedSince) } : {}) };
}
