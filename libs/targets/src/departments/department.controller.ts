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
import { PageQuery } from '../common/page';
import { CreateDepartmentDto, UpdateDepartmentDto } from './department.dto';
import { DepartmentService } from './department.service';

@ApiTags('departments')
@ApiBearerAuth()
@Controller('departments')
export class DepartmentController {
  constructor(private readonly departments: DepartmentService) {}

  @Get()
  @Roles('admin', 'manager', 'evaluator')
  @ApiOperation({ summary: 'Departments in scope (search by name or code with q)' })
  list(@Query() query: PageQuery, @CurrentUser() user: AuthUser) {
    return this.departments.list(query, user);
  }

  @Get(':id')
  @Roles('admin', 'manager', 'evaluator')
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser) {
    return this.departments.get(id, user);
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Create a department (409 when its code, or name without code, exists)' })
  create(@Body() dto: CreateDepartmentDto) {
    return this.departments.create(dto);
  }

  @Patch(':id')
  @Roles('admin', 'manager')
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateDepartmentDto,
    @CurrentUser() user: AuthUser,
  ) {
    return this.departments.update(id, dto, user);
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles('admin')
  @ApiOperation({ summary: 'Delete an empty department (409 while it has projects)' })
  remove(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser) {
    return this.departments.remove(id, user);
  }
}
