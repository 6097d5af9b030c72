import type { Finding } from '@jixiao/scoring';
import { blockingFindings } from './submission-checks';

// The state machine itself is the shared review workflow (libs/people/src/workflow/review-workflow.spec.ts).
describe('findings that block a submission', () => {
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
