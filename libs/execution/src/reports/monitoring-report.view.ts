import { Decimal } from '@jixiao/decimal';
import { PageView } from '@jixiao/platform';
import { ApiProperty } from '@nestjs/swagger';
import type { ReviewAction, ReviewState } from '@jixiao/people';
import { FlagView, NamedRef } from '../flags/flag.view';
import { HistoryRecordView, RuleSetRef } from '../records/execution-records.view';

/** 绩效运行监控报告: the unit's own words for a year and period (figures are read when shown). */
export class MonitoringReportView {
  id!: string;
  departmentId!: string;
  unitId!: string;
  fiscalYear!: number;
  /** the month the report covers through (4 = 1–4月) */
  period!: number;
  /** 进展情况 */
  progress!: string | null;
  /** 偏差原因 */
  deviationReasons!: string | null;
  /** 改进措施 */
  measures!: string | null;
  state!: ReviewState;
  createdBy!: string | null;
  createdAt!: Date;
  updatedAt!: Date;
  version!: number;
}

export class ReportProjectRef {
  id!: string;
  code!: string | null;
  name!: string;
  budget!: Decimal | null;
}

/** One project of the unit as of the period. */
export class ReportProjectFigures {
  project!: ReportProjectRef;
  ruleSet!: RuleSetRef;
  @ApiProperty({ type: HistoryRecordView, nullable: true })
  latest!: HistoryRecordView | null;
  records!: HistoryRecordView[];
  flags!: FlagView[];
}

export class ReportFigures {
  /** @example "2024-06-30" */
  asOf!: string;
  projects!: ReportProjectFigures[];
  openFlags!: number;
}

/** 流转记录 of a report. */
export class ReportTransitionView {
  id!: string;
  reportId!: string;
  action!: ReviewAction;
  fromState!: ReviewState;
  toState!: ReviewState;
  userId!: string;
  username!: string;
  at!: Date;
  comment!: string | null;
}

/** A report with its figures (records and flags as of the period) and its transitions. */
export class MonitoringReportDetail extends MonitoringReportView {
  figures!: ReportFigures;
  transitions!: ReportTransitionView[];
}

/** A report in the list, with its unit's and department's names. */
export class MonitoringReportListItem extends MonitoringReportView {
  unit!: NamedRef;
  department!: NamedRef;
}

export class MonitoringReportPage extends PageView {
  items!: MonitoringReportListItem[];
}
