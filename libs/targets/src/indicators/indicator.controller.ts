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
} from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CreateIndicatorDto, IndicatorListQuery, UpdateIndicatorDto, VersionQuery } from './indicator.dto';
import { IndicatorService } from './indicator.service';
import { ApiErrors } from '@jixiao/platform';
import { IndicatorPage, ProjectIndicatorView } from './indicator.view';

@ApiTags('indicators')
@ApiBearerAuth()
@Controller('indicators')
export class IndicatorController {
  constructor(private readonly indicators: IndicatorService) {}

  @Get()
  @Roles('admin', 'manager', 'evaluator')
  @ApiOperation({ summary: '指标列表', description: 'Indicators in scope: filter by projectId, departmentId, unitId, year, level1; `q` searches 三级指标.' })
  list(@Query() query: IndicatorListQuery, @CurrentUser() user: AuthUser): Promise<IndicatorPage> {
    return this.indicators.list(query, user);
  }

  @Get(':id')
  @Roles('admin', 'manager', 'evaluator')
  @ApiOperation({ summary: '指标详情' })
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<ProjectIndicatorView> {
    return this.indicators.get(id, user);
  }

  @Post()
  @Roles('admin', 'manager')
  @ApiOperation({ summary: '新增指标', description: "Adds an indicator to a project; `version` is the project's (409 when stale)." })
  @ApiErrors(409)
  create(@Body() dto: CreateIndicatorDto, @CurrentUser() user: AuthUser): Promise<ProjectIndicatorView> {
    return this.indicators.create(dto, user);
  }

  @Patch(':id')
  @Roles('admin', 'manager')
  @ApiOperation({ summary: '修改指标', description: "Changes an indicator's cells; `version` is the project's (409 when stale)." })
  @ApiErrors(409)
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateIndicatorDto,
    @CurrentUser() user: AuthUser,
  ): Promise<ProjectIndicatorView> {
    return this.indicators.update(id, dto, user);
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles('admin', 'manager')
  @ApiOperation({ summary: '删除指标', description: "`version` is the project's (409 when stale)." })
  @ApiErrors(409)
  remove(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: VersionQuery,
    @CurrentUser() user: AuthUser,
  ) {
    return this.indicators.remove(id, query.version, user);
  }
}
