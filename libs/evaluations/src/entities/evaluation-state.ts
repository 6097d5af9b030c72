import type { ReviewState } from '@jixiao/people';

/**
 * Where a self-evaluation stands in review (审核流程): 草稿 draft → 已提交 submitted → 已审核 approved,
 * or 已退回 returned (with a comment); an edit takes a returned one back to draft. Only draft and returned
 * evaluations can be edited.
 */
export type EvaluationState = ReviewState;

/** entered: typed in through the API; published: imported from a published 自评表 (historical, printed scores kept). */
export type EvaluationSource = 'entered' | 'published';
