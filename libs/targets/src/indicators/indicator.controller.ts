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

@ApiTags('indicators')
@ApiBearerAuth()
@Controller('indicators')
export class IndicatorController {
  constructor(private readonly indicators: IndicatorService) {}

  @Get()
  @Roles('admin', 'manager', 'evaluator')
  @ApiOperation({
    summary:
      'Indicators in scope: filter by projectId, departmentId, unitId, year, level1; search 三级指标 with q',
  })
  list(@Query() query: IndicatorListQuery, @CurrentUser() user: AuthUser) {
    return this.indicators.list(query, user);
  }

  @Get(':id')
  @Roles('admin', 'manager', 'evaluator')
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser) {
    return this.indicators.get(id, user);
  }

  @Post()
  @Roles('admin', 'manager')
  @ApiOperation({ summary: "Add an indicator to a project; `version` is the project's (409 when stale)" })
  create(@Body() dto: CreateIndicatorDto, @CurrentUser() user: AuthUser) {
    return this.indicators.create(dto, user);
  }

  @Patch(':id')
  @Roles('admin', 'manager')
  @ApiOperation({ summary: "Change an indicator's cells; `version` is the project's (409 when stale)" })
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateIndicatorDto,
    @CurrentUser() user: AuthUser,
  ) {
    return this.indicators.update(id, dto, user);
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles('admin', 'manager')
  remove(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: VersionQuery,
    @CurrentUser() user: AuthUser,
  ) {
    return this.indicators.remove(id, query.version, user);
  }
}
