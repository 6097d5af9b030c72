/**
 * Every migration, in order. Generate with
 * `DATABASE_URL=… npm run migration:generate -- libs/database/src/migrations/<Name>` (see README),
 * read it, then list it here.
 */
import { TargetTables1795338100732 } from './migrations/1795338100732-TargetTables';
import { ExecutionTables1795338447739 } from './migrations/1795338447739-ExecutionTables';
import { PeopleTables1795339885987 } from './migrations/1795339885987-PeopleTables';
import { EvaluationTables1795340891511 } from './migrations/1795340891511-EvaluationTables';
import { ReminderTables1795345885684 } from './migrations/1795345885684-ReminderTables';
import { DepartmentScoringProfiles1796155734771 } from './migrations/1796155734771-DepartmentScoringProfiles';
import { IndicatorPrintedLevels1796155934702 } from './migrations/1796155934702-IndicatorPrintedLevels';
import { MonitoringReports1796158975833 } from './migrations/1796158975833-MonitoringReports';
import { StatedTotals1796164381487 } from './migrations/1796164381487-StatedTotals';
import { EvaluationRowWeightReason1796170000000 } from './migrations/1796170000000-EvaluationRowWeightReason';
import { EvaluationRowDeviationReason1796170100000 } from './migrations/1796170100000-EvaluationRowDeviationReason';
import { FlagCorrectiveAction1796170200000 } from './migrations/1796170200000-FlagCorrectiveAction';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const MIGRATIONS: Function[] = [
  TargetTables1795338100732,
  ExecutionTables1795338447739,
  PeopleTables1795339885987,
  EvaluationTables1795340891511,
  ReminderTables1795345885684,
  DepartmentScoringProfiles1796155734771,
  IndicatorPrintedLevels1796155934702,
  MonitoringReports1796158975833,
  StatedTotals1796164381487,
  EvaluationRowWeightReason1796170000000,
  EvaluationRowDeviationReason1796170100000,
  FlagCorrectiveAction1796170200000,
];
