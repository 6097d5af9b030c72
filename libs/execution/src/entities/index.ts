import { ExecutionFlag } from './execution-flag.entity';
import { ExecutionRecord } from './execution-record.entity';
import { MonitoringReport, MonitoringReportTransition } from './monitoring-report.entity';
import { MonitoringRuleSet } from './monitoring-rule-set.entity';

export * from './execution-flag.entity';
export * from './execution-record.entity';
export * from './monitoring-report.entity';
export * from './monitoring-rule-set.entity';

export const EXECUTION_ENTITIES = [
  ExecutionRecord,
  MonitoringRuleSet,
  ExecutionFlag,
  MonitoringReport,
  MonitoringReportTransition,
];
