import type { EvaluationState } from './evaluations.queries';

/** 状态 as the screens name them; 未开始 is a project without an evaluation yet. */
export const STATE_LABELS: Record<EvaluationState, string> = {
  draft: '草稿',
  submitted: '已提交',
  returned: '已退回',
  approved: '已通过',
};

export const NOT_STARTED = '未开始';

/** Tag colours whose text keeps WCAG AA contrast on its own background (antd's status tags do not). */
export const STATE_COLOURS: Record<
  EvaluationState,
  { color: string; background: string; borderColor: string }
> = {
  draft: { color: '#434343', background: '#fafafa', borderColor: '#d9d9d9' },
  submitted: { color: '#0950b5', background: '#e6f4ff', borderColor: '#91caff' },
  returned: { color: '#9a4300', background: '#fff7e6', borderColor: '#ffd591' },
  approved: { color: '#1f6a04', background: '#f6ffed', borderColor: '#b7eb8f' },
};
