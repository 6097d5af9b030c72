import { Decimal } from '@jixiao/decimal';
import { moneyColumn, scoreColumn } from '@jixiao/database';
import type { Finding, Grade, ScoringProfile } from '@jixiao/scoring';
// Type-only, relations by entity name: loading this file must not load the targets module.
import type { Department, Project } from '@jixiao/targets';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  Relation,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { EvaluationRow } from './evaluation-row.entity';
import type { EvaluationSource, EvaluationState } from './evaluation-state';

/** One printed score that differs from Jixiao's (historical imports): `row` null for the total, 0 for 预算执行率. */
export interface ScoreDifference {
  row: number | null;
  indicator: string;
  printed: string;
  computed: string | null;
}

/**
 * 绩效自评: one project's self-evaluation for its year — money by fund source (全年预算数 / 全年执行数 for
 * 年度资金总额, 财政拨款, 其他资金), the computed 预算执行率, total and grade, the findings, and the scoring
 * profile stored with it so that a rescore months later gives the same numbers.
 */
@Entity()
@Index('uq_self_evaluation_project', ['projectId'], { unique: true, where: `source = 'entered'` })
@Index('uq_self_evaluation_published', ['departmentId', 'year', 'projectName'], {
  unique: true,
  where: `source = 'published'`,
})
@Index('ix_self_evaluation_department_year', ['departmentId', 'year'])
export class SelfEvaluation {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The project evaluated; null for a published table whose project is not in Jixiao. */
  @Column({ type: 'uuid', nullable: true })
  projectId!: string | null;

  @ManyToOne('Project', { onDelete: 'CASCADE' })
  @JoinColumn()
  project?: Relation<Project> | null;

  /** Copied from the project (or the import) so lists and scope checks need no join. */
  @Column({ type: 'uuid' })
  departmentId!: string;

  @ManyToOne('Department', { onDelete: 'CASCADE' })
  @JoinColumn()
  department?: Relation<Department>;

  @Column({ type: 'uuid', nullable: true })
  unitId!: string | null;

  @Column({ type: 'int' })
  year!: number;

  /** 项目名称 */
  @Column({ type: 'text' })
  projectName!: string;

  /** 主管部门 / 实施单位 as printed on the form. */
  @Column({ type: 'text', nullable: true })
  competentDepartment!: string | null;

  @Column({ type: 'text', nullable: true })
  implementingUnit!: string | null;

  /** The ScoringProfile (data) the scores were computed with. */
  @Column({ type: 'jsonb' })
  profile!: ScoringProfile;

  /** 全年预算数 by fund source (万元): 年度资金总额, 其中:财政拨款, 其他资金. */
  @Column({ ...moneyColumn, nullable: true })
  budget!: Decimal | null;

  @Column({ ...moneyColumn, nullable: true })
  fiscalBudget!: Decimal | null;

  @Column({ ...moneyColumn, nullable: true })
  otherBudget!: Decimal | null;

  /** 全年执行数 by fund source. */
  @Column({ ...moneyColumn, nullable: true })
  executed!: Decimal | null;

  @Column({ ...moneyColumn, nullable: true })
  fiscalExecuted!: Decimal | null;

  @Column({ ...moneyColumn, nullable: true })
  otherExecuted!: Decimal | null;

  /** 预算执行率 in percent, 1 place; null while undefined (zero budget) or not entered. */
  @Column({ ...scoreColumn, nullable: true })
  executionRate!: Decimal | null;

  /** 预算执行率(10分) row: computed score, its 扣分原因分析, and a reviewer's decision where the rate is undefined. */
  @Column({ ...scoreColumn, nullable: true })
  executionScore!: Decimal | null;

  @Column({ type: 'text', nullable: true })
  executionDeductionReason!: string | null;

  @Column({ ...scoreColumn, nullable: true })
  executionManualScore!: Decimal | null;

  @Column({ type: 'text', nullable: true })
  executionManualReason!: string | null;

  /** As printed (historical imports). */
  @Column({ ...scoreColumn, nullable: true })
  executionPrintedScore!: Decimal | null;

  /** 年度总体目标: 预期目标 / 实际完成情况. */
  @Column({ type: 'text', nullable: true })
  goal!: string | null;

  @Column({ type: 'text', nullable: true })
  goalActual!: string | null;

  /** 得分: sum of the rounded rows; null while a row is not scored. */
  @Column({ ...scoreColumn, nullable: true })
  total!: Decimal | null;

  /** Sum of the rows scored so far. */
  @Column({ ...scoreColumn })
  partialTotal!: Decimal;

  @Column({ type: 'varchar', length: 2, nullable: true })
  grade!: Grade | null;

  @Column({ type: 'jsonb' })
  findings!: Finding[];

  @Column({ type: 'varchar', length: 12 })
  state!: EvaluationState;

  @Column({ type: 'varchar', length: 12 })
  source!: EvaluationSource;

  /** The published file a historical evaluation came from. */
  @Column({ type: 'text', nullable: true })
  sourceFile!: string | null;

  /** 得分 as printed (historical imports). */
  @Column({ ...scoreColumn, nullable: true })
  printedTotal!: Decimal | null;

  /** Printed vs computed, wherever they differ (historical imports); empty for entered evaluations. */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  differences!: ScoreDifference[];

  @OneToMany(() => EvaluationRow, (row) => row.evaluation)
  rows?: Relation<EvaluationRow[]>;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
