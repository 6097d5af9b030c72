import { Tag } from 'antd';
import { STATE_COLOURS, STATE_LABELS } from './evaluation-states';
import type { EvaluationState } from './evaluations.queries';

/** An evaluation's state (草稿 / 已提交 / 已退回 / 已通过) as a tag. */
export function StateTag({ state }: { state: EvaluationState }) {
  return <Tag style={STATE_COLOURS[state]}>{STATE_LABELS[state]}</Tag>;
}
