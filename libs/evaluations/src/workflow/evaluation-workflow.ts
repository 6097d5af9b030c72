import type { EvaluationState } from '../entities/evaluation-state';

/** 提交 submit, 退回 return, 审核通过 approve, 重新打开 reopen. */
export type WorkflowAction = 'submit' | 'return' | 'approve' | 'reopen';

interface Transition {
  from: readonly EvaluationState[];
  to: EvaluationState;
  /** A return needs the reviewer's comment, a reopen its reason. */
  commentRequired: boolean;
  label: string;
}

/**
 * The review state machine of issue 5 (evaluators submit; managers return, approve, reopen — the roles sit
 * on the routes). Returned evaluations are edited and submitted again; approved ones are locked until reopened.
 */
export const WORKFLOW: Readonly<Record<WorkflowAction, Transition>> = {
  submit: { from: ['draft', 'returned'], to: 'submitted', commentRequired: false, label: '提交' },
  return: { from: ['submitted'], to: 'returned', commentRequired: true, label: '退回' },
  approve: { from: ['submitted'], to: 'approved', commentRequired: false, label: '审核通过' },
  reopen: { from: ['approved'], to: 'draft', commentRequired: true, label: '重新打开' },
};

/** States in which the evaluator's entries may change. */
export const EDITABLE_STATES: readonly EvaluationState[] = ['draft', 'returned'];

/** A refused transition: `conflict` (the state does not allow it) or `invalid` (comment missing). */
export class WorkflowError extends Error {
  constructor(
    readonly kind: 'conflict' | 'invalid',
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'WorkflowError';
  }
}

/** The state after `action`; refuses (409) a transition the current state does not allow, or a missing comment (400). */
export function nextState(
  action: WorkflowAction,
  from: EvaluationState,
  comment: string | null | undefined,
): EvaluationState {
  const transition = WORKFLOW[action];
  if (!transition.from.includes(from)) {
    throw new WorkflowError(
      'conflict',
      'EVALUATION.TRANSITION_NOT_ALLOWED',
      `当前状态（${STATE_LABEL[from]}）不能${transition.label}`,
      { action, state: from, allowedFrom: transition.from },
    );
  }
  if (transition.commentRequired && !comment?.trim()) {
    throw new WorkflowError('invalid', 'EVALUATION.COMMENT_REQUIRED', `${transition.label}须填写意见或理由`, {
      action,
      field: 'comment',
    });
  }
  return transition.to;
}

export const STATE_LABEL: Readonly<Record<EvaluationState, string>> = {
  draft: '草稿',
  submitted: '已提交',
  returned: '已退回',
  approved: '已审核',
};
