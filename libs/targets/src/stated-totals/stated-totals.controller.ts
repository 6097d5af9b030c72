import { AuthUser, CurrentUser, Roles } from '@jixiao/people';
import { Body, Controller, Get, Param, ParseIntPipe, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PutStatedTotalsDto } from './stated-totals.dto';
import { StatedTotalsService } from './stated-totals.service';
import { StatedTotalsView } from './stated-totals.view';

/** 文件所列合计: what the documents state; the flags reconcile the projects' budgets with it. */
@ApiTags('stated-totals')
@ApiBearerAuth()
@Controller('departments/:departmentId/stated-totals')
export class StatedTotalsController {
  constructor(private readonly totals: StatedTotalsService) {}

  @Get(':year')
  @Roles('admin', 'manager')
  @ApiOperation({ summary: '文件所列合计', description: "The totals the year's documents state for the department and each unit, beside what the projects add up to." })
  get(
    @Param('departmentId', ParseUUIDPipe) departmentId: string,
    @Param('year', ParseIntPipe) year: number,
    @CurrentUser() user: AuthUser,
  ): Promise<StatedTotalsView> {
    return this.totals.get(user, departmentId, year);
  }

  @Put(':year')
  @Roles('admin', 'manager')
  @ApiOperation({ summary: '修改文件所列合计', description: 'Replaces the stated totals (source `entered`); UNRECONCILED flags follow in the same transaction. The next import that states totals replaces them again.' })
  put(
    @Param('departmentId', ParseUUIDPipe) departmentId: string,
    @Param('year', ParseIntPipe) year: number,
    @Body() dto: PutStatedTotalsDto,
    @CurrentUser() user: AuthUser,
  ): Promise<StatedTotalsView> {
    return this.totals.put(user, departmentId, year, dto);
  }
}
