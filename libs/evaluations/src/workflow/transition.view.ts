import type { EvaluationState } from '../entities';

/** 流转记录: who moved an evaluation from one state to another, when, and why. */
export class TransitionView {
  id!: string;
  evaluationId!: string;
  /** @example "return" */
  action!: string;
  fromState!: EvaluationState;
  toState!: EvaluationState;
  userId!: string;
  /** @example "manager1" */
  username!: string;
  at!: Date;
  /**
   * 退回意见 / 重新打开的理由 / 审核意见
   * @example "请补充第3行的扣分原因"
   */
  comment!: string | null;
}
