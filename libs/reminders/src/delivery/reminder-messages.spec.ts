import { CalendarDeadline } from '../calendar/calendar-deadline';
import { deliveryJobId } from './delivery-request';
import {
  dueMessage,
  escalationMessage,
  flagMessage,
  reviewOutcomeMessage,
  reviewRequestMessage,
} from './reminder-messages';

const april: CalendarDeadline = {
  key: 'monitoring-04',
  kind: 'monitoring',
  label: '1–4月绩效运行监控',
  dueDate: '2025-05-10',
  coversThrough: '2025-04-30',
};
const selfEvaluation: CalendarDeadline = {
  key: 'self-evaluation',
  kind: 'self-evaluation',
  label: '2023年度绩效自评',
  dueDate: '2024-06-30',
};
// Units of the Leshan 医疗保障局 (seed 000).
const units = [
  { unitId: 'u1', unitName: '乐山市医疗保障局机关', projects: 2 },
  { unitId: 'u2', unitName: '乐山市医疗保障事务中心', projects: 1 },
];

describe('reminder messages', () => {
  it.each([
    [
      april,
      7,
      '【提醒】1–4月绩效运行监控还有7天到期（2025-05-10）',
      '乐山市医疗保障局机关（2个项目）、乐山市医疗保障事务中心（1个项目）执行数据未报送，请于2025-05-10前完成。',
    ],
    [
      selfEvaluation,
      1,
      '【提醒】2023年度绩效自评还有1天到期（2024-06-30）',
      '乐山市医疗保障局机关（2个项目）、乐山市医疗保障事务中心（1个项目）绩效自评未提交，请于2024-06-30前完成。',
    ],
    [
      selfEvaluation,
      0,
      '【提醒】2023年度绩效自评今天到期',
      '乐山市医疗保障局机关（2个项目）、乐山市医疗保障事务中心（1个项目）绩效自评未提交，请于2024-06-30前完成。',
    ],
  ])('due %#: %s, %i days before', (deadline, lead, title, body) => {
    expect(dueMessage(deadline, lead, units, { departmentId: 'd1', year: 2025 })).toEqual({
      title,
      body,
      link:
        deadline.kind === 'monitoring'
          ? { api: '/api/execution/reports?departmentId=d1', web: '/monitoring/reports' }
          : { api: '/api/evaluations?departmentId=d1&year=2025', web: '/evaluations' },
    });
  });

  it('escalation names every unit still owing', () => {
    expect(escalationMessage(april, 3, units.slice(0, 1), { departmentId: 'd1', year: 2025 })).toEqual({
      title: '【逾期】1–4月绩效运行监控已逾期3天',
      body: '截止日期2025-05-10已过，1个单位仍执行数据未报送：乐山市医疗保障局机关（2个项目）。',
      link: { api: '/api/execution/reports?departmentId=d1', web: '/monitoring/reports' },
    });
  });

  it('review request and flag (Jinkouhe 驻村工作队队员补助, 2023)', () => {
    const event = {
      evaluationId: 'e1',
      departmentId: 'd',
      unitId: 'u',
      year: 2023,
      projectName: '驻村工作队队员补助',
      submittedAt: new Date('2024-03-01T00:00:00Z'),
    };
    expect(reviewRequestMessage(event)).toMatchObject({
      title: '【待审核】驻村工作队队员补助（2023年度绩效自评）',
      link: { api: '/api/evaluations/e1', web: '/review/evaluations/e1' },
    });
    const flag = {
      flagId: 'f1',
      departmentId: 'd',
      unitId: 'u',
      year: 2023,
      code: 'UNDER_EXECUTED',
      message: '预算执行率 56.7%',
    };
    expect(flagMessage(flag)).toEqual({
      title: '【预警】2023年度执行预警：执行率偏低',
      body: '预算执行率 56.7%。请说明原因，选择处理方式（继续执行、调剂或取消）并填写整改措施。',
      link: { api: '/api/execution/flags/f1', web: '/monitoring/flags/f1' },
    });
  });

  it.each([
    ['LAGGING', '执行进度滞后'],
    ['OVER_EXECUTED', '超预算执行'],
    ['NO_BUDGET', '无预算'],
    ['REASON_MISSING', '未说明原因'],
    ['UNRECONCILED', '金额不符'],
  ])('a %s flag is titled %s, without its code', (code, label) => {
    const message = flagMessage({
      flagId: 'f',
      departmentId: 'd',
      unitId: null,
      year: 2024,
      code,
      message: 'm',
    });
    expect(message.title).toBe(`【预警】2024年度执行预警：${label}`);
    expect(message.title + message.body).not.toMatch(/[A-Z]{3,}/);
  });

  it('review outcomes: who, when (Beijing time), the comment, and the page to edit', () => {
    const outcome = {
      subject: 'evaluation' as const,
      id: 'e1',
      departmentId: 'd',
      unitId: 'u',
      title: '驻村工作队队员补助（2023年度绩效自评）',
      comment: '请写明驻村月数',
      actorId: 'm1',
      at: new Date('2024-03-01T02:05:00Z'),
    };
    expect(reviewOutcomeMessage({ ...outcome, action: 'return' }, '王主管')).toEqual({
      title: '【已退回】驻村工作队队员补助（2023年度绩效自评）',
      body: '驻村工作队队员补助（2023年度绩效自评）由王主管于2024-03-01 10:05已退回。意见：请写明驻村月数。请修改后重新提交。',
      link: { api: '/api/evaluations/e1', web: '/evaluations/e1' },
    });
    expect(reviewOutcomeMessage({ ...outcome, action: 'approve', comment: null }, '王主管').body).toBe(
      '驻村工作队队员补助（2023年度绩效自评）由王主管于2024-03-01 10:05已审核通过。',
    );
    const reopened = reviewOutcomeMessage(
      { ...outcome, subject: 'monitoring-report', id: 'r1', action: 'reopen', comment: '更正执行数' },
      '王主管',
    );
    expect(reopened).toMatchObject({
      title: '【已重新打开】驻村工作队队员补助（2023年度绩效自评）',
      link: { api: '/api/execution/reports/r1', web: '/monitoring/reports/r1' },
    });
    expect(reopened.body).toContain('理由：更正执行数。请修改后重新提交。');
  });
});

describe('deliveryJobId', () => {
  const key = { recipientId: '6f1c…', item: 'cal/monitoring-04', period: 'T-7', kind: 'due' as const };
  it.each([
    ['another recipient', { recipientId: 'other' }],
    ['another item', { item: 'cal/self-evaluation' }],
    ['another period', { period: 'T-1' }],
    ['another kind', { kind: 'escalation' as const }],
    ['fields shifted across the separator', { item: 'cal/monitoring-04T-7', period: '' }],
  ])('differs for %s', (_case, change) => {
    expect(deliveryJobId({ ...key, ...change })).not.toBe(deliveryJobId(key));
  });

  it('is stable, short and free of ":" (BullMQ refuses custom ids with one)', () => {
    expect(deliveryJobId(key)).toBe(deliveryJobId({ ...key }));
    expect(deliveryJobId(key)).toMatch(/^deliver-[0-9a-f]{40}$/);
  });
});
