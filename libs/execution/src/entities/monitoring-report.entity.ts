import type { ReviewAction, ReviewState } from '@jixiao/people';
// Type-only, and relations by entity name: loading this file must not load the targets module
// (and through it the platform's entity list, which imports this file).
import type { BudgetUnit, Department } from '@jixiao/targets';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Relation,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/** The months a report covers through (1–4月 … 1–12月): the Sichuan checkpoints and the year end. */
export const MONITORING_REPORT_PERIODS = [4, 6, 8, 10, 12] as const;
export type MonitoringReportPeriod = (typeof MONITORING_REPORT_PERIODS)[number];

/**
 * 绩效运行监控报告: one per budget unit, fiscal year and period. It holds only the unit's own words; its
 * figures (records, flags) are read from the execution tables when it is shown, never copied in.
 */
@Entity()
@Index('uq_monitoring_report_period', ['unitId', 'fiscalYear', 'period'], { unique: true })
@Index('ix_monitoring_report_department', ['departmentId', 'fiscalYear', 'state'])
export class MonitoringReport {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  departmentId!: string;

  @ManyToOne('Department', { onDelete: 'CASCADE' })
  @JoinColumn()
  department?: Relation<Department>;

  @Column({ type: 'uuid' })
  unitId!: string;

  @ManyToOne('BudgetUnit', { onDelete: 'CASCADE' })
  @JoinColumn()
  unit?: Relation<BudgetUnit>;

  @Column({ type: 'int' })
  fiscalYear!: number;

  /** The month the report covers through (4 = 1–4月). */
  @Column({ type: 'int' })
  period!: number;

  /** 进展情况 */
  @Column({ type: 'text', nullable: true })
  progress!: string | null;

  /** 偏差原因 */
  @Column({ type: 'text', nullable: true })
  deviationReasons!: string | null;

  /** 改进措施 */
  @Column({ type: 'text', nullable: true })
  measures!: string | null;

  @Column({ type: 'varchar', length: 12, default: 'draft' })
  state!: ReviewState;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}

/** 流转记录 of a monitoring report: who moved it, when, from where to where, and why. */
@Entity()
@Index('ix_monitoring_report_transition_report', ['reportId', 'at'])
export class MonitoringReportTransition {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column({ type: 'uuid' })
  reportId!: string;

  @ManyToOne(() => MonitoringReport, { onDelete: 'CASCADE' })
  @JoinColumn()
  report?: Relation<MonitoringReport>;

  @Column({ type: 'varchar', length: 12 })
  action!: ReviewAction;

  @Column({ type: 'varchar', length: 12 })
  fromState!: ReviewState;

  @Column({ type: 'varchar', length: 12 })
  toState!: ReviewState;

  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'varchar', length: 64 })
  username!: string;

  @Column({ type: 'timestamptz' })
  at!: Date;

  /** 退回意见 / 重新打开的理由 */
  @Column({ type: 'text', nullable: true })
  comment!: string | null;
}
