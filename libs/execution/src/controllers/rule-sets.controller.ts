import { SICHUAN_2025_RULE_SET } from '@jixiao/monitoring';
import { audited, auditSuccess, AuthUser, CurrentUser, Roles } from '@jixiao/people';
import { Body, Controller, Get, Param, ParseIntPipe, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { flagCounts } from '../flags/flag-changes';
import { FlagRecomputeService } from '../flags/flag-recompute.service';
import { RuleSetsService } from '../rule-sets/rule-sets.service';
import { flagChangesView } from './flag-changes.view';
import { RULE_SET_SCHEMA, RuleSetSaved, RuleSetView } from '../rule-sets/rule-set.view';

@ApiTags('execution')
@ApiBearerAuth()
@Controller('execution/rule-sets')
export class RuleSetsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly ruleSets: RuleSetsService,
    private readonly recompute: FlagRecomputeService,
  ) {}

  @Get(':departmentId/:year')
  @Roles('evaluator', 'manager', 'admin')
  @ApiOperation({ summary: '监控规则', description: 'The department’s rule set for the year, or the default 序时进度 light.' })
  get(
    @CurrentUser() user: AuthUser,
    @Param('departmentId', ParseUUIDPipe) departmentId: string,
    @Param('year', ParseIntPipe) fiscalYear: number,
  ): Promise<RuleSetView> {
    return this.ruleSets.get(this.dataSource.manager, user, departmentId, fiscalYear);
  }

  @Put(':departmentId/:year')
  @Roles('manager', 'admin')
  @ApiBody({
    description: RULE_SET_SCHEMA.description,
    schema: { ...RULE_SET_SCHEMA, example: SICHUAN_2025_RULE_SET },
  })
  @ApiOperation({ summary: '设置监控规则', description: 'Thresholds validated; the department’s flags are recomputed.' })
  put(
    @CurrentUser() user: AuthUser,
    @Param('departmentId', ParseUUIDPipe) departmentId: string,
    @Param('year', ParseIntPipe) fiscalYear: number,
    @Body() body: Record<string, unknown>,
  ): Promise<RuleSetSaved> {
    const event = { action: 'RULE_SET.PUT', objectType: 'DEPARTMENT', objectId: departmentId };
    return audited(this.dataSource, event, () =>
      this.dataSource.transaction(async (manager) => {
        const before = await this.ruleSets.resolve(manager, departmentId, fiscalYear);
        const ruleSet = await this.ruleSets.put(manager, user, departmentId, fiscalYear, body);
        const changes = await this.recompute.recomputeDepartment(manager, departmentId, fiscalYear);
        await auditSuccess(manager, {
          ...event,
          before: { fiscalYear, ...before },
          after: { fiscalYear, source: 'stored', ruleSet, flags: flagCounts(changes) },
        });
        return { ruleSet, source: 'stored', flags: flagChangesView(changes) };
      }),
    );
  }
}
