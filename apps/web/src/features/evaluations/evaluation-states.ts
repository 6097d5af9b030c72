import type { EvaluationState } from './evaluations.queries';

/** 状态 as the screens name them; 未开始 is a project without an evaluation yet. */
export const STATE_LABELS: Record<EvaluationState, string> = {
  draft: '草稿',
  submitted: '已提交',
  returned: '已退回',
  approved: '已通过',
};

export const NOT_STARTED = '未开始';

export const STATE_COLOURS: Record<EvaluationState, string> = {
  draft: 'default',
  submitted: 'processing',
  returned: 'warning',
  approved: 'success',
};
