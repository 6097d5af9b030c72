import { AuthUser, CurrentUser, Roles } from '@jixiao/people';
import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  StreamableFile,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { VersionQuery } from '../indicators/indicator.dto';
import { CreateProjectDto, ExportQuery, ProjectListQuery, UpdateProjectDto } from './project.dto';
import { ProjectExportService } from './project-export.service';
import { ProjectService } from './project.service';
import { ApiErrors, ApiFile, CSV, XLSX } from '@jixiao/platform';
import { ProjectDetail, ProjectPage } from './project.view';

@ApiTags('projects')
@ApiBearerAuth()
@Controller('projects')
export class ProjectController {
  constructor(
    private readonly projects: ProjectService,
    private readonly exporter: ProjectExportService,
  ) {}

  @Get()
  @Roles('admin', 'manager', 'evaluator')
  @ApiOperation({ summary: '项目列表', description: 'Projects in scope: filter by departmentId, unitId, year, category; `q` searches name or code.' })
  list(@Query() query: ProjectListQuery, @CurrentUser() user: AuthUser): Promise<ProjectPage> {
    return this.projects.list(query, user);
  }

  @Get('export')
  @Roles('admin', 'manager', 'evaluator')
  @ApiOperation({ summary: '导出项目绩效目标', description: 'The spreadsheet template (one indicator per row) of the projects in scope; it imports back unchanged.' })
  @ApiFile('项目绩效目标表', XLSX, CSV)
  async export(@Query() query: ExportQuery, @CurrentUser() user: AuthUser): Promise<StreamableFile> {
    const file = await this.exporter.export(query, user);
    return new StreamableFile(file.bytes, {
      type: file.contentType,
      disposition: `attachment; filename="${file.filename}"`,
      length: file.bytes.length,
    });
  }

  @Get(':id')
  @Roles('admin', 'manager', 'evaluator')
  @ApiOperation({ summary: '项目详情（含指标）', description: 'One project with its indicators in printed order.' })
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<ProjectDetail> {
    return this.projects.get(id, user);
  }

  @Post()
  @Roles('admin', 'manager')
  @ApiOperation({ summary: '新建项目', description: 'Optionally with its indicators (409 when its natural key exists).' })
  @ApiErrors(409)
  create(@Body() dto: CreateProjectDto, @CurrentUser() user: AuthUser): Promise<ProjectDetail> {
    return this.projects.create(dto, user);
  }

  @Patch(':id')
  @Roles('admin', 'manager')
  @ApiOperation({ summary: '修改项目', description: '`version` must be the one read (409 when stale).' })
  @ApiErrors(409)
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateProjectDto,
    @CurrentUser() user: AuthUser,
  ): Promise<ProjectDetail> {
    return this.projects.update(id, dto, user);
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles('admin', 'manager')
  @ApiOperation({ summary: '删除项目', description: 'Deletes the project and its indicators (409 when the version is stale).' })
  @ApiErrors(409)
  remove(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: VersionQuery,
    @CurrentUser() user: AuthUser,
  ) {
    return this.projects.remove(id, query.version, user);
  }
}
