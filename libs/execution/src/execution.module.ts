import { Module } from '@nestjs/common';
import { CLOCK, systemClock } from './clock';
import { DashboardController } from './controllers/dashboard.controller';
import { ExecutionFlagsController } from './controllers/execution-flags.controller';
import { ExecutionRecordsController } from './controllers/execution-records.controller';
import { RuleSetsController } from './controllers/rule-sets.controller';
import { DashboardService } from './dashboard/dashboard.service';
import { FlagRecomputeService } from './flags/flag-recompute.service';
import { FlagsService } from './flags/flags.service';
import { ExecutionHistoryService } from './records/execution-history.service';
import { ExecutionRecordsService } from './records/execution-records.service';
import { ExecutionSheetsService } from './records/execution-sheets.service';
import { RuleSetsService } from './rule-sets/rule-sets.service';

/**
 * 绩效运行监控: execution records, rule sets, flags and the dashboard. Exports the services other
 * modules use: ExecutionRecordsService.recordYearEnd (self-evaluation), FlagRecomputeService
 * (targets import, daily refresh) and FlagsService.list with `openedSince` (reminders).
 */
@Module({
  controllers: [
    ExecutionRecordsController,
    ExecutionFlagsController,
    RuleSetsController,
    DashboardController,
  ],
  providers: [
    { provide: CLOCK, useValue: systemClock },
    RuleSetsService,
    FlagRecomputeService,
    FlagsService,
    ExecutionRecordsService,
    ExecutionSheetsService,
    ExecutionHistoryService,
    DashboardService,
  ],
  exports: [
    ExecutionRecordsService,
    FlagRecomputeService,
    FlagsService,
    RuleSetsService,
    DashboardService,
    CLOCK,
  ],
})
export class ExecutionModule {}
