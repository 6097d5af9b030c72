import { AuthUser, CurrentUser, Roles } from '@jixiao/people';
import {
  Body,
  Controller,
  Get,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { ApiErrors, ApiFile, CSV, DomainError, XLSX } from '@jixiao/platform';
import { RecordExecutionDto, RecordExecutionsDto } from '../dto/record-execution.dto';
import { RecordsSheetQueryDto } from '../dto/year-query.dto';
import { ExecutionHistoryService } from '../records/execution-history.service';
import { ExecutionRecordsService, RecordResult } from '../records/execution-records.service';
import { ExecutionSheetsService } from '../records/execution-sheets.service';
import { file } from './file-response';
import { flagChangesView } from './flag-changes.view';
import { ImportExecutionResult, ProjectHistoryView, RecordExecutionResult } from '../records/execution-records.view';

@ApiTags('execution')
@ApiBearerAuth()
@Controller('execution')
export class ExecutionRecordsController {
  constructor(
    private readonly records: ExecutionRecordsService,
    private readonly sheets: ExecutionSheetsService,
    private readonly histories: ExecutionHistoryService,
  ) {}

  @Post('records')
  @Roles('evaluator', 'manager', 'admin')
  @ApiOperation({ summary: '记录执行数', description: "One cumulative figure (累计执行数) as of a date; the project's flags are recomputed in the same transaction." })
  @ApiErrors(409)
  async record(@CurrentUser() user: AuthUser, @Body() body: RecordExecutionDto): Promise<RecordExecutionResult> {
    return view(await this.records.recordOne(user, body));
  }

  @Post('records/bulk')
  @Roles('evaluator', 'manager', 'admin')
  @ApiOperation({ summary: '批量记录执行数', description: 'All or nothing; a 400 names every bad row.' })
  @ApiErrors(409)
  async recordBulk(@CurrentUser() user: AuthUser, @Body() body: RecordExecutionsDto): Promise<RecordExecutionResult> {
    return view(await this.records.recordMany(user, body.records));
  }

  @Post('records/import')
  @Roles('evaluator', 'manager', 'admin')
  @UseInterceptors(FileInterceptor('file'))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiOperation({ summary: '导入执行记录', description: 'From a filled-in template (xlsx or csv); rows without 累计执行数 are skipped.' })
  @ApiErrors(413)
  async import(@CurrentUser() user: AuthUser, @UploadedFile() file: Express.Multer.File | undefined): Promise<ImportExecutionResult> {
    if (!file)
      throw new DomainError('invalid', 'EXECUTION.FILE_REQUIRED', '请上传文件（字段 file）', {
        field: 'file',
      });
    const result = await this.sheets.import(user, file.buffer);
    return { ...view(result), skipped: result.skipped };
  }

  @Get('records/export')
  @Roles('evaluator', 'manager', 'admin')
  @ApiOperation({ summary: '导出执行记录', description: 'One row per project and date.' })
  @ApiFile('执行记录', XLSX, CSV)
  async export(
    @CurrentUser() user: AuthUser,
    @Query() query: RecordsSheetQueryDto,
    @Res({ passthrough: true }) res: Response,
  ) {
    const format = query.format ?? 'xlsx';
    return file(
      res,
      await this.sheets.export(user, query.departmentId, query.year, format),
      format,
      `execution-${query.year}`,
    );
  }

  @Get('records/template')
  @Roles('evaluator', 'manager', 'admin')
  @ApiOperation({ summary: '下载执行记录模板', description: 'One row per project, amounts blank.' })
  @ApiFile('执行记录模板', XLSX, CSV)
  async template(
    @CurrentUser() user: AuthUser,
    @Query() query: RecordsSheetQueryDto,
    @Res({ passthrough: true }) res: Response,
  ) {
    const format = query.format ?? 'xlsx';
    return file(
      res,
      await this.sheets.template(user, query.departmentId, query.year, format, query.asOf),
      format,
      `execution-template-${query.year}`,
    );
  }

  @Get('projects/:projectId/history')
  @Roles('evaluator', 'manager', 'admin')
  @ApiOperation({ summary: '项目执行历史', description: 'Records with their rates, where the project stands today, current flags.' })
  history(@CurrentUser() user: AuthUser, @Param('projectId', ParseUUIDPipe) projectId: string): Promise<ProjectHistoryView> {
    return this.histories.history(user, projectId);
  }
}

function view(result: RecordResult): RecordExecutionResult {
  return { records: result.records, flags: flagChangesView(result.flags) };
}
