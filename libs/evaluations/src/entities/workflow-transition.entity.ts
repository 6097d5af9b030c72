import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { EvaluationState } from './evaluation-state';

/** 流转记录: who moved an evaluation from one state to another, when, and why. */
@Entity()
@Index('ix_workflow_transition_evaluation', ['evaluationId', 'at'])
export class WorkflowTransition {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column({ type: 'uuid' })
  evaluationId!: string;

  @Column({ type: 'varchar', length: 12 })
  action!: string;

  @Column({ type: 'varchar', length: 12 })
  fromState!: EvaluationState;

  @Column({ type: 'varchar', length: 12 })
  toState!: EvaluationState;

  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'varchar', length: 64 })
  username!: string;

  @Column({ type: 'timestamptz' })
  at!: Date;

  /** 退回意见 / 重新打开的理由 / 审核意见 */
  @Column({ type: 'text', nullable: true })
  comment!: string | null;
}
