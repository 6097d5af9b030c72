import { AuthUser, CurrentUser, Roles } from '@jixiao/people';
import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { DepartmentTargetService } from './department-target.service';
import { DepartmentTargetView } from './department-target.view';

export class YearQuery {
  @ApiPropertyOptional({ example: 2024 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
}

@ApiTags('department-targets')
@ApiBearerAuth()
@Controller()
export class DepartmentTargetController {
  constructor(private readonly targets: DepartmentTargetService) {}

  @Get('departments/:id/targets')
  @Roles('admin', 'manager', 'evaluator')
  @ApiOperation({ summary: '部门整体绩效目标列表', description: "A department's 部门整体 targets (budget, goal, tasks, indicators), newest year first." })
  list(@Param('id', ParseUUIDPipe) id: string, @Query() query: YearQuery, @CurrentUser() user: AuthUser): Promise<DepartmentTargetView[]> {
    return this.targets.listForDepartment(id, query.year, user);
  }

  @Get('department-targets/:id')
  @Roles('admin', 'manager', 'evaluator')
  @ApiOperation({ summary: '部门整体绩效目标详情' })
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<DepartmentTargetView> {
    return this.targets.get(id, user);
  }
}
