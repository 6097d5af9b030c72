import type { Finding } from '@jixiao/scoring';
import type { EvaluationState } from '../entities/evaluation-state';
import { nextState, WorkflowAction, WorkflowError } from './evaluation-workflow';
import { blockingFindings } from './submission-checks';

describe('evaluation workflow', () => {
  it.each<[WorkflowAction, EvaluationState, string | null, EvaluationState]>([
    ['submit', 'draft', null, 'submitted'],
    ['submit', 'returned', null, 'submitted'],
    ['return', 'submitted', '完成任务率扣分原因请写明驻村时间', 'returned'],
    ['approve', 'submitted', null, 'approved'],
    ['reopen', 'approved', '财政局复核更正执行数', 'draft'],
  ])('%s from %s → %s', (action, from, comment, to) => {
    expect(nextState(action, from, comment)).toBe(to);
  });

  it.each<[WorkflowAction, EvaluationState, string]>([
    ['submit', 'submitted', 'EVALUATION.TRANSITION_NOT_ALLOWED'],
    ['submit', 'approved', 'EVALUATION.TRANSITION_NOT_ALLOWED'],
    ['approve', 'draft', 'EVALUATION.TRANSITION_NOT_ALLOWED'],
    ['approve', 'returned', 'EVALUATION.TRANSITION_NOT_ALLOWED'],
    ['return', 'approved', 'EVALUATION.TRANSITION_NOT_ALLOWED'],
    ['reopen', 'submitted', 'EVALUATION.TRANSITION_NOT_ALLOWED'],
    ['return', 'submitted', 'EVALUATION.COMMENT_REQUIRED'],
    ['reopen', 'approved', 'EVALUATION.COMMENT_REQUIRED'],
  ])('%s from %s is refused with %s', (action, from, code) => {
    let caught: unknown;
    try {
      nextState(action, from, '  ');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(WorkflowError);
    expect((caught as WorkflowError).code).toBe(code);
  });

  it.each<[Finding, boolean]>([
    [{ code: 'REASON_MISSING', message: '完成任务率得分5.7（满分10），未填写扣分原因', row: 1 }, true],
    [{ code: 'NO_BUDGET', message: '全年预算数为0' }, true],
    [{ code: 'NO_BUDGET', message: '全年预算数为0', decided: true }, false],
    [{ code: 'UNDER_EXECUTED', message: '预算执行率56.7%', reasonRequired: true }, false],
    [{ code: 'OVER_EXECUTED', message: '预算执行率110.8%' }, false],
    [{ code: 'OVER_ACHIEVED', message: '偏离度' }, false],
    [{ code: 'BAND_REQUIRED', message: '选择档次' }, true],
    [{ code: 'WEIGHT_SUM', message: '绩效指标分值合计100，应为90' }, true],
    [{ code: 'WEIGHT_MISSING', message: '第2行（完成任务率）没有分值/权重', row: 1 }, true],
  ])('%j blocks a submission: %s', (finding, blocks) => {
    expect(blockingFindings([finding])).toHaveLength(blocks ? 1 : 0);
  });
});
