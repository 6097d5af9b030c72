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
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { VersionQuery } from '../indicators/indicator.dto';
import { CreateProjectDto, ExportQuery, ProjectListQuery, UpdateProjectDto } from './project.dto';
import { ProjectExportService } from './project-export.service';
import { ProjectService } from './project.service';

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
  @ApiOperation({
    summary: 'Projects in scope: filter by departmentId, unitId, year, category; search name or code with q',
  })
  list(@Query() query: ProjectListQuery, @CurrentUser() user: AuthUser) {
    return this.projects.list(query, user);
  }

  @Get('export')
  @Roles('admin', 'manager', 'evaluator')
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv')
  @ApiOperation({
    summary:
      'The spreadsheet template (one indicator per row) of the projects in scope; imports back unchanged',
  })
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
  @ApiOperation({ summary: 'One project with its indicators in printed order' })
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser) {
    return this.projects.get(id, user);
  }

  @Post()
  @Roles('admin', 'manager')
  @ApiOperation({
    summary: 'Create a project, optionally with its indicators (409 when its natural key exists)',
  })
  create(@Body() dto: CreateProjectDto, @CurrentUser() user: AuthUser) {
    return this.projects.create(dto, user);
  }

  @Patch(':id')
  @Roles('admin', 'manager')
  @ApiOperation({ summary: 'Update a project; `version` must be the one read (409 when stale)' })
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateProjectDto,
    @CurrentUser() user: AuthUser,
  ) {
    return this.projects.update(id, dto, user);
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles('admin', 'manager')
  @ApiOperation({ summary: 'Delete a project and its indicators (409 when the version is stale)' })
  remove(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: VersionQuery,
    @CurrentUser() user: AuthUser,
  ) {
    return this.projects.remove(id, query.version, user);
  }
}
