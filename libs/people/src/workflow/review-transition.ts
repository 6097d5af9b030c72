import { DomainError } from '@jixiao/platform';
import { AuthUser } from '../auth/auth-user';
import {
  checkReviewTransition,
  editRefusal,
  ReviewAction,
  ReviewRefusal,
  ReviewState,
  ReviewTransition,
} from './review-workflow';

const toError = (refusal: ReviewRefusal) =>
  new DomainError(refusal.kind, refusal.code, refusal.message, refusal.details);

/** The transition to persist, or a DomainError (403 wrong role, 409 wrong state, 400 comment missing). */
export function reviewTransition(
  subject: string,
  state: ReviewState,
  action: ReviewAction,
  actor: AuthUser,
  comment: string | null | undefined,
  at: Date,
): ReviewTransition {
  const result = checkReviewTransition(subject, state, action, actor, comment, at);
  if ('refusal' in result) throw toError(result.refusal);
  return result.transition;
}

/** Refuses (409 `<subject>.LOCKED`) an edit of a submitted or approved object. */
export function assertEditable(subject: string, state: ReviewState): void {
  const refusal = editRefusal(subject, state);
  if (refusal) throw toError(refusal);
}
