import { Decimal } from '@jixiao/decimal';
import { moneyColumn } from '@jixiao/database';
// Type-only, and relations by entity name: loading this file must not load the targets module
// (and through it the platform's entity list, which imports this file).
import type { Project } from '@jixiao/targets';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Relation,
} from 'typeorm';

/** Where an execution figure came from. */
export type ExecutionSource = 'api' | 'import' | 'self-evaluation';

/**
 * 执行记录: a project's cumulative executed amount (累计执行数) as of a date. One per project and day;
 * a record dated 31 December is the year-end figure (全年执行数) and turns monitoring into the year-end check.
 */
@Entity()
@Index('uq_execution_record_day', ['projectId', 'asOf'], { unique: true })
export class ExecutionRecord {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  projectId!: string;

  @ManyToOne('Project', { onDelete: 'CASCADE' })
  @JoinColumn()
  project?: Relation<Project>;

  /** 截至日期 (Shanghai calendar day), `YYYY-MM-DD`. */
  @Column({ type: 'date' })
  asOf!: string;

  /** 累计执行数, 万元 */
  @Column({ ...moneyColumn })
  executed!: Decimal;

  /** 调整后预算数, 万元: when given, the rate divides by it instead of the project's budget. */
  @Column({ ...moneyColumn, nullable: true })
  adjustedBudget!: Decimal | null;

  /** 原因说明 that came with the figure (the self-evaluation's 扣分原因分析), if any. */
  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'varchar', length: 20 })
  source!: ExecutionSource;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
