import { Decimal } from '@jixiao/decimal';
import type { BudgetBasis, LightColour, Severity } from '@jixiao/monitoring';
import { ApiProperty } from '@nestjs/swagger';
import { FlagChangesView } from '../controllers/flag-changes.view';
import type { ExecutionSource } from '../entities/execution-record.entity';
import { FlagView } from '../flags/flag.view';

/** 执行记录 as written: a project's cumulative executed amount (累计执行数, 万元) as of a date. */
export class ExecutionRecordView {
  id!: string;
  projectId!: string;
  /**
   * 截至日期 (Shanghai calendar day)
   * @example "2024-06-30"
   */
  asOf!: string;
  /** 累计执行数, 万元 */
  executed!: Decimal;
  /** 调整后预算数, 万元 */
  adjustedBudget!: Decimal | null;
  /** 原因说明 */
  reason!: string | null;
  source!: ExecutionSource;
  createdBy!: string | null;
  createdAt!: Date;
}

/** What recording did: the records written and the flags opened, updated or closed. */
export class RecordExecutionResult {
  records!: ExecutionRecordView[];
  flags!: FlagChangesView;
}

export class ImportExecutionResult extends RecordExecutionResult {
  /** fully blank rows of the sheet */
  skipped!: number;
}

/** A record in a project's history, with its 预算执行率 against the budget then in force. */
export class HistoryRecordView {
  asOf!: string;
  executed!: Decimal;
  adjustedBudget!: Decimal | null;
  /** percent, 1 place */
  rate!: string | null;
  source!: ExecutionSource;
  reason!: string | null;
  createdAt!: Date;
}

export class HistoryProjectView {
  id!: string;
  code!: string | null;
  name!: string;
  fiscalYear!: number;
  departmentId!: string;
  unitId!: string | null;
  budget!: Decimal | null;
}

export class RuleSetRef {
  id!: string;
  /** @example "序时进度红黄灯" */
  name!: string;
  source!: 'stored' | 'default';
}

/** The checkpoint (考核节点) that governs the date, and whether it is met. */
export class CheckpointView {
  /** 1–12: due at the end of this month */
  month!: number;
  /** minimum cumulative execution rate (%) by then */
  minRate!: string;
  severity!: Severity;
  met!: boolean;
}

/** Where the project stands today. */
export class ExecutionStandingView {
  asOf!: string;
  yearEnd!: boolean;
  budget!: Decimal | null;
  basis!: BudgetBasis;
  executed!: Decimal;
  rate!: string | null;
  /** 序时进度, % */
  timeProgress!: string | null;
  progressRatio!: string | null;
  light!: LightColour | null;
  checkpoint!: CheckpointView | null;
}

/** 执行历史 of a project: records with rates, where it stands today, its current flags. */
export class ProjectHistoryView {
  project!: HistoryProjectView;
  ruleSet!: RuleSetRef;
  records!: HistoryRecordView[];
  @ApiProperty({ type: ExecutionStandingView, nullable: true, description: 'null while nothing is recorded' })
  current!: ExecutionStandingView | null;
  flags!: FlagView[];
}
