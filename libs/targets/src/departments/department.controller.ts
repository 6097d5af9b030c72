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
import { ApiErrors } from '@jixiao/platform';
import { DepartmentPage, DepartmentView } from './department.view';

@ApiTags('departments')
@ApiBearerAuth()
@Controller('departments')
export class DepartmentController {
  constructor(private readonly departments: DepartmentService) {}

  @Get()
  @Roles('admin', 'manager', 'evaluator')
  @ApiOperation({ summary: '部门列表', description: 'Departments in scope; `q` searches name or code.' })
  list(@Query() query: PageQuery, @CurrentUser() user: AuthUser): Promise<DepartmentPage> {
    return this.departments.list(query, user);
  }

  @Get(':id')
  @Roles('admin', 'manager', 'evaluator')
  @ApiOperation({ summary: '部门详情' })
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<DepartmentView> {
    return this.departments.get(id, user);
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: '新建部门', description: '409 when its code (or its name, without a code) exists.' })
  @ApiErrors(409)
  create(@Body() dto: CreateDepartmentDto): Promise<DepartmentView> {
    return this.departments.create(dto);
  }

  @Patch(':id')
  @Roles('admin', 'manager')
  @ApiOperation({ summary: '修改部门' })
  @ApiErrors(409)
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateDepartmentDto,
    @CurrentUser() user: AuthUser,
  ): Promise<DepartmentView> {
    return this.departments.update(id, dto, user);
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles('admin')
  @ApiOperation({ summary: '删除部门', description: 'Only an empty department (409 while it has projects).' })
  @ApiErrors(409)
  remove(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser) {
    return this.departments.remove(id, user);
  }
}
