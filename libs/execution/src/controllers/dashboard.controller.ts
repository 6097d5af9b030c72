import { AuthUser, CurrentUser, Roles } from '@jixiao/people';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DashboardService } from '../dashboard/dashboard.service';
import { DashboardQueryDto } from '../dto/year-query.dto';
import { Dashboard } from '../dashboard/dashboard.view';

@ApiTags('execution')
@ApiBearerAuth()
@Controller('execution/dashboard')
export class DashboardController {
  constructor(private readonly dashboards: DashboardService) {}

  @Get()
  @Roles('evaluator', 'manager', 'admin')
  @ApiOperation({ summary: '执行监控看板', description: 'Budget, executed, rate and current flags by code and colour, per department or unit.' })
  dashboard(@CurrentUser() user: AuthUser, @Query() query: DashboardQueryDto): Promise<Dashboard> {
    return this.dashboards.dashboard(user, query.year, query.departmentId);
  }
}
