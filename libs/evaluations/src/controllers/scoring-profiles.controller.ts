import { AuthUser, CurrentUser, Roles } from '@jixiao/people';
import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DepartmentYear, SetScoringProfileDto } from '../dto/evaluation-requests.dto';
import {
  DepartmentScoringProfiles,
  ScoringProfileSetting,
  SetScoringProfileResult,
} from '../scoring-profiles/department-scoring-profiles.service';
import { ApiErrors } from '@jixiao/platform';

/** 评分口径: the scoring profile a department uses for a year's self-evaluations. */
@ApiTags('self-evaluations 绩效自评')
@Controller('departments/:departmentId/scoring-profiles')
export class ScoringProfilesController {
  constructor(private readonly profiles: DepartmentScoringProfiles) {}

  @Get(':year')
  @Roles('admin', 'manager', 'evaluator')
  @ApiOperation({ summary: '部门年度评分口径', description: "The department's scoring profile for the year (jinkouhe unless one was chosen), with its settings." })
  get(
    @Param() params: DepartmentYear,
    @CurrentUser() user: AuthUser,
  ): Promise<ScoringProfileSetting> {
    return this.profiles.get(user, params.departmentId, params.year);
  }

  @Put(':year')
  @Roles('admin', 'manager')
  @ApiOperation({ summary: '设置部门年度评分口径', description: 'jinkouhe | standard with its settings; draft and returned evaluations are rescored with it in the same transaction, submitted and approved ones keep theirs. 409 when `version` is stale.' })
  @ApiErrors(409)
  set(
    @Param() params: DepartmentYear,
    @Body() dto: SetScoringProfileDto,
    @CurrentUser() user: AuthUser,
  ): Promise<SetScoringProfileResult> {
    return this.profiles.set(user, params.departmentId, params.year, dto);
  }
}
