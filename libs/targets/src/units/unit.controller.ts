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
import { CreateUnitDto, UnitListQuery, UpdateUnitDto } from './unit.dto';
import { UnitService } from './unit.service';
import { ApiErrors } from '@jixiao/platform';
import { UnitPage, UnitView } from './unit.view';

@ApiTags('units')
@ApiBearerAuth()
@Controller('units')
export class UnitController {
  constructor(private readonly units: UnitService) {}

  @Get()
  @Roles('admin', 'manager', 'evaluator')
  @ApiOperation({ summary: '单位列表', description: 'Budget units in scope; filter by departmentId, search with q.' })
  list(@Query() query: UnitListQuery, @CurrentUser() user: AuthUser): Promise<UnitPage> {
    return this.units.list(query, user);
  }

  @Get(':id')
  @Roles('admin', 'manager', 'evaluator')
  @ApiOperation({ summary: '单位详情' })
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<UnitView> {
    return this.units.get(id, user);
  }

  @Post()
  @Roles('admin', 'manager')
  @ApiOperation({ summary: '新建单位' })
  @ApiErrors(409)
  create(@Body() dto: CreateUnitDto, @CurrentUser() user: AuthUser): Promise<UnitView> {
    return this.units.create(dto, user);
  }

  @Patch(':id')
  @Roles('admin', 'manager')
  @ApiOperation({ summary: '修改单位' })
  @ApiErrors(409)
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateUnitDto, @CurrentUser() user: AuthUser): Promise<UnitView> {
    return this.units.update(id, dto, user);
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles('admin', 'manager')
  @ApiOperation({ summary: '删除单位', description: 'Only a unit without projects (409 otherwise).' })
  @ApiErrors(409)
  remove(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser) {
    return this.units.remove(id, user);
  }
}
