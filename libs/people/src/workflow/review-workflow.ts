import type { AuthUser, Role } from '../auth/auth-user';

/** 草稿 draft, 已提交 submitted, 已退回 returned, 已审核 approved. */
export type ReviewState = 'draft' | 'submitted' | 'returned' | 'approved';

/** 提交 submit, 退回 return, 审核通过 approve, 重新打开 reopen. */
export type ReviewAction = 'submit' | 'return' | 'approve' | 'reopen';

interface ReviewRule {
  from: readonly ReviewState[];
  to: ReviewState;
  /** Who may: evaluators enter and submit; managers review. Admins manage accounts, not content. */
  roles: readonly Role[];
  /** A return needs the reviewer's comment, a reopen its reason. */
  commentRequired: boolean;
  label: string;
}

/**
 * The review workflow shared by self-evaluations (绩效自评) and monitoring reports: draft →
 * submitted → approved, or submitted → returned (with a comment), edited and submitted again;
 * approved is locked until a manager reopens it with a reason.
 */
export const REVIEW_RULES: Readonly<Record<ReviewAction, ReviewRule>> = {
  submit: {
    from: ['draft', 'returned'],
    to: 'submitted',
    roles: ['evaluator'],
    commentRequired: false,
    label: '提交',
  },
  return: { from: ['submitted'], to: 'returned', roles: ['manager'], commentRequired: true, label: '退回' },
  approve: {
    from: ['submitted'],
    to: 'approved',
    roles: ['manager'],
    commentRequired: false,
    label: '审核通过',
  },
  reopen: { from: ['approved'], to: 'draft', roles: ['manager'], commentRequired: true, label: '重新打开' },
};

export const REVIEW_STATE_LABELS: Readonly<Record<ReviewState, string>> = {
  draft: '草稿',
  submitted: '已提交',
  returned: '已退回',
  approved: '已审核',
};

/** States in which the evaluator's entries may change; anything else refuses edits. */
export const EDITABLE_REVIEW_STATES: readonly ReviewState[] = ['draft', 'returned'];

/**
 * The one rule for edits: editing a returned object takes it back to draft (已退回 → 草稿), so its state
 * says "being reworked" until it is submitted again; a draft stays a draft.
 */
export function stateAfterEdit(state: ReviewState): ReviewState {
  return state === 'returned' ? 'draft' : state;
}

/** One step of the history: who moved it, when, from where to where, and why. */
export interface ReviewTransition {
  action: ReviewAction;
  from: ReviewState;
  to: ReviewState;
  actorId: string;
  actorName: string;
  actorRole: Role;
  at: Date;
  comment: string | null;
}

/** Why a transition or an edit is refused; `kind` is the DomainError kind the caller throws. */
export interface ReviewRefusal {
  kind: 'forbidden' | 'conflict' | 'invalid';
  code: string;
  message: string;
  details: Record<string, unknown>;
}

/**
 * Checks `action` on an object in `state` by `actor`: the transition to persist, or why not.
 * `subject` prefixes the codes (`EVALUATION.TRANSITION_NOT_ALLOWED`). Scope (is this the actor's
 * unit or department?) is the caller's check, made before: out of scope is 404. Plain TypeScript;
 * `reviewTransition` (review-transition.ts) is the throwing form for services.
 */
export function checkReviewTransition(
  subject: string,
  state: ReviewState,
  action: ReviewAction,
  actor: AuthUser,
  comment: string | null | undefined,
  at: Date,
): { transition: ReviewTransition } | { refusal: ReviewRefusal } {
  const rule = REVIEW_RULES[action];
  if (!rule.roles.includes(actor.role))
    return refuse('forbidden', `${subject}.TRANSITION_FORBIDDEN`, `当前角色不能${rule.label}`, {
      action,
      role: actor.role,
    });
  if (!rule.from.includes(state))
    return refuse(
      'conflict',
      `${subject}.TRANSITION_NOT_ALLOWED`,
      `当前状态（${REVIEW_STATE_LABELS[state]}）不能${rule.label}`,
      { action, state, allowedFrom: rule.from },
    );
  const trimmed = comment?.trim() || null;
  if (rule.commentRequired && !trimmed)
    return refuse('invalid', `${subject}.COMMENT_REQUIRED`, `${rule.label}须填写意见或理由`, {
      action,
      field: 'comment',
    });
  return {
    transition: {
      action,
      from: state,
      to: rule.to,
      actorId: actor.id,
      actorName: actor.username,
      actorRole: actor.role,
      at,
      comment: trimmed,
    },
  };
}

/** Why an edit of an object in `state` is refused (submitted or approved: 409 `<subject>.LOCKED`), or null. */
export function editRefusal(subject: string, state: ReviewState): ReviewRefusal | null {
  return EDITABLE_REVIEW_STATES.includes(state)
    ? null
    : {
        kind: 'conflict',
        code: `${subject}.LOCKED`,
        message: `${REVIEW_STATE_LABELS[state]}的内容不能修改`,
        details: { state },
      };
}

function refuse(
  kind: ReviewRefusal['kind'],
  code: string,
  message: string,
  details: Record<string, unknown>,
) {
  return { refusal: { kind, code, message, details } };
}
