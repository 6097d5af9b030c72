import { TargetsModule } from '@jixiao/targets';
import { Module, forwardRef } from '@nestjs/common';
import { CLOCK, systemClock } from './clock';
import { DashboardController } from './controllers/dashboard.controller';
import { ExecutionFlagsController } from './controllers/execution-flags.controller';
import { ExecutionRecordsController } from './controllers/execution-records.controller';
import { MonitoringReportsController } from './controllers/monitoring-reports.controller';
import { RuleSetsController } from './controllers/rule-sets.controller';
import { DashboardService } from './dashboard/dashboard.service';
import { FlagEvents } from './flags/flag-events';
import { FlagRecomputeService } from './flags/flag-recompute.service';
import { FlagsService } from './flags/flags.service';
import { TargetFlagsBridge } from './flags/target-flags-bridge';
import { ExecutionHistoryService } from './records/execution-history.service';
import { ExecutionRecordsService } from './records/execution-records.service';
import { ExecutionSheetsService } from './records/execution-sheets.service';
import { MonitoringReportFigures } from './reports/monitoring-report-figures';
import { MonitoringReportTransitionHooks } from './reports/monitoring-report-transition-hooks';
import { MonitoringReportsService } from './reports/monitoring-reports.service';
import { RuleSetsService } from './rule-sets/rule-sets.service';

/**
 * 绩效运行监控: execution records, rule sets, flags and the dashboard. Exports the services other
 * modules use: ExecutionRecordsService.recordYearEnd (self-evaluation), FlagRecomputeService
 * (targets import, daily refresh), FlagsService.list with `openedSince` and FlagEvents (reminders).
 * Monitoring reports (绩效运行监控报告) go through the shared review workflow.
 * Writes to the targets recompute the flags through the targets' hooks (TargetFlagsBridge).
 */
@Module({
  // forwardRef: this file may load while @jixiao/targets is still loading (the platform's entity list).
  imports: [forwardRef(() => TargetsModule)],
  controllers: [
    ExecutionRecordsController,
    ExecutionFlagsController,
    RuleSetsController,
    DashboardController,
    MonitoringReportsController,
  ],
  providers: [
    { provide: CLOCK, useValue: systemClock },
    RuleSetsService,
    FlagEvents,
    FlagRecomputeService,
    TargetFlagsBridge,
    FlagsService,
    ExecutionRecordsService,
    ExecutionSheetsService,
    ExecutionHistoryService,
    DashboardService,
    MonitoringReportFigures,
    MonitoringReportsService,
    MonitoringReportTransitionHooks,
  ],
  exports: [
    ExecutionRecordsService,
    FlagRecomputeService,
    FlagsService,
    FlagEvents,
    RuleSetsService,
    DashboardService,
    MonitoringReportTransitionHooks,
    CLOCK,
  ],
})
export class ExecutionModule {}
