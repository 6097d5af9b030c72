import { Decimal } from '@jixiao/decimal';
import { scoreColumn, weightColumn } from '@jixiao/database';
import type { QualitativeBand, ReasonCode, RuleId } from '@jixiao/scoring';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { SelfEvaluation } from './self-evaluation.entity';

/**
 * One indicator row of a self-evaluation: the target copied from the project's indicator (so later edits
 * of the targets do not change a filed evaluation), the actual as entered plus its parsed form, the
 * computed score with its reason, and a manual score with its mandatory reason kept BESIDE the computed one.
 */
@Entity()
@Index('uq_evaluation_row_position', ['evaluationId', 'position'], { unique: true })
export class EvaluationRow {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  evaluationId!: string;

  @ManyToOne(() => SelfEvaluation, (evaluation) => evaluation.rows, { onDelete: 'CASCADE' })
  @JoinColumn()
  evaluation?: Relation<SelfEvaluation>;

  /** 0-based order in the table. */
  @Column({ type: 'int' })
  position!: number;

  /** The project's indicator this row was copied from (null for published tables). */
  @Column({ type: 'uuid', nullable: true })
  indicatorId!: string | null;

  @Column({ type: 'varchar', length: 100 })
  level1!: string;

  @Column({ type: 'varchar', length: 100 })
  level2!: string;

  @Column({ type: 'text' })
  level3!: string;

  /** 年度指标值 as printed, and parsed (IndicatorValue as JSON, amounts as strings). */
  @Column({ type: 'text' })
  targetText!: string;

  @Column({ type: 'jsonb' })
  target!: Record<string, unknown>;

  /** positive / reverse / exact */
  @Column({ type: 'varchar', length: 10 })
  direction!: string;

  /** 分值/权重; null where the project's indicator has none (the row stays unscored, WEIGHT_MISSING). */
  @Column({ ...weightColumn, nullable: true })
  weight!: Decimal | null;

  /** Why a manager corrected the target's 分值/权重 here; null while the row keeps the target's weight. */
  @Column({ type: 'text', nullable: true })
  weightReason!: string | null;

  /** 实际完成值 as entered, and parsed. */
  @Column({ type: 'text', nullable: true })
  actualText!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  actual!: Record<string, unknown> | null;

  /** 得分 that counts (the engine's, or the band / manual score); null when the row needs a decision or has no actual. */
  @Column({ ...scoreColumn, nullable: true })
  score!: Decimal | null;

  /** The engine's own score with no manual score applied, kept beside the one that counts. */
  @Column({ ...scoreColumn, nullable: true })
  computedScore!: Decimal | null;

  @Column({ type: 'varchar', length: 20 })
  reason!: ReasonCode;

  @Column({ type: 'varchar', length: 32 })
  rule!: RuleId;

  @Column({ type: 'text' })
  reasonText!: string;

  /** true when the profile's source does not show this case and the standard rule decided it. */
  @Column({ type: 'boolean', default: false })
  fallback!: boolean;

  /** The evaluator's band for a qualitative row (标准规则 three bands). */
  @Column({ type: 'varchar', length: 20, nullable: true })
  band!: QualitativeBand | null;

  /** A score set by hand, and why (required). */
  @Column({ ...scoreColumn, nullable: true })
  manualScore!: Decimal | null;

  @Column({ type: 'text', nullable: true })
  manualReason!: string | null;

  /** 扣分原因分析 */
  @Column({ type: 'text', nullable: true })
  deductionReason!: string | null;

  /** 偏离原因: why the actual lies far above the target; clears OVER_ACHIEVED. */
  @Column({ type: 'text', nullable: true })
  deviationReason!: string | null;

  /** 得分 as printed (historical imports). */
  @Column({ ...scoreColumn, nullable: true })
  printedScore!: Decimal | null;
}
