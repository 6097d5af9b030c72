import { Decimal } from '@jixiao/decimal';
import { decimalTransformer } from '@jixiao/database';
import { FlagCode, Severity } from '@jixiao/monitoring';
// Type-only, and relations by entity name: loading this file must not load the targets module
// (and through it the platform's entity list, which imports this file).
import type { Department, Project } from '@jixiao/targets';
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
} from 'typeorm';

export type FlagStatus = 'open' | 'answered' | 'closed';
export type FlagColour = 'red' | 'yellow';
/** 整改措施: what the unit will do about a shortfall. */
export const PLANNED_MEASURES = ['继续执行', '调剂', '取消'] as const;
export type PlannedMeasure = (typeof PLANNED_MEASURES)[number];
/** What a flag is about: one project, or a department's or a unit's totals (UNRECONCILED). */
export type FlagSubject = 'project' | 'department' | 'unit';

/**
 * 预警: one finding of the monitoring library, kept current from the data. At most one flag per subject
 * and code is not closed (partial unique index), so a finding that persists keeps its answer.
 */
@Entity()
@Index('uq_execution_flag_current', ['subjectId', 'fiscalYear', 'code'], {
  unique: true,
  where: `"status" <> 'closed'`,
})
@Index('ix_execution_flag_department', ['departmentId', 'fiscalYear', 'status'])
@Index('ix_execution_flag_project', ['projectId'])
export class ExecutionFlag {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 16 })
  subject!: FlagSubject;

  /** The project's id, or the department's or the unit's for a flag on their totals. */
  @Column({ type: 'uuid' })
  subjectId!: string;

  @Column({ type: 'uuid' })
  departmentId!: string;

  @ManyToOne('Department', { onDelete: 'CASCADE' })
  @JoinColumn()
  department?: Relation<Department>;

  @Column({ type: 'uuid', nullable: true })
  unitId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  projectId!: string | null;

  @ManyToOne('Project', { onDelete: 'CASCADE' })
  @JoinColumn()
  project?: Relation<Project> | null;

  @Column({ type: 'int' })
  fiscalYear!: number;

  @Column({ type: 'varchar', length: 20 })
  code!: FlagCode;

  @Column({ type: 'varchar', length: 10 })
  severity!: Severity;

  /** red / yellow: the light of a LAGGING flag, otherwise red for severe and yellow for the rest. */
  @Column({ type: 'varchar', length: 6 })
  colour!: FlagColour;

  /** 预算执行率 (%, 1 place) where the flag has one: for sorting. */
  @Column({ type: 'numeric', precision: 9, scale: 1, nullable: true, transformer: decimalTransformer })
  rate!: Decimal | null;

  @Column({ type: 'text' })
  message!: string;

  /** The library's flag as JSON: code, severity, message and its figures. */
  @Column({ type: 'jsonb' })
  figures!: Record<string, unknown>;

  @Column({ type: 'varchar', length: 10 })
  status!: FlagStatus;

  /** 原因说明 */
  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  /** 处理方式: the measure category (继续执行 / 调剂 / 取消) */
  @Column({ type: 'varchar', length: 10, nullable: true })
  measure!: PlannedMeasure | null;

  /** 整改措施: what the unit will do, in its own words */
  @Column({ type: 'text', nullable: true })
  correctiveAction!: string | null;

  @Column({ type: 'uuid', nullable: true })
  answeredBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;

  /** Null with a closedAt: closed automatically because the finding no longer holds. */
  @Column({ type: 'uuid', nullable: true })
  closedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  closingNote!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
