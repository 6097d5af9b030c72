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

@ApiTags('units')
@ApiBearerAuth()
@Controller('units')
export class UnitController {
  constructor(private readonly units: UnitService) {}

  @Get()
  @Roles('admin', 'manager', 'evaluator')
  @ApiOperation({ summary: 'Budget units in scope (filter by departmentId, search with q)' })
  list(@Query() query: UnitListQuery, @CurrentUser() user: AuthUser) {
    return this.units.list(query, user);
  }

  @Get(':id')
  @Roles('admin', 'manager', 'evaluator')
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser) {
    return this.units.get(id, user);
  }

  @Post()
  @Roles('admin', 'manager')
  create(@Body() dto: CreateUnitDto, @CurrentUser() user: AuthUser) {
    return this.units.create(dto, user);
  }

  @Patch(':id')
  @Roles('admin', 'manager')
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateUnitDto, @CurrentUser() user: AuthUser) {
    return this.units.update(id, dto, user);
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles('admin', 'manager')
  @ApiOperation({ summary: 'Delete a unit without projects (409 otherwise)' })
  remove(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser) {
    return this.units.remove(id, user);
  }
}
