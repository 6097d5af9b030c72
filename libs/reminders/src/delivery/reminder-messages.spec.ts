import { CalendarDeadline } from '../calendar/calendar-deadline';
import { deliveryJobId } from './delivery-request';
import { dueMessage, escalationMessage, flagMessage, reviewRequestMessage } from './reminder-messages';

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
    expect(dueMessage(deadline, lead, units)).toEqual({
      title,
      body,
      link: deadline.kind === 'monitoring' ? '/execution' : '/evaluations',
    });
  });

  it('escalation names every unit still owing', () => {
    expect(escalationMessage(april, 3, units.slice(0, 1))).toEqual({
      title: '【逾期】1–4月绩效运行监控已逾期3天',
      body: '截止日期2025-05-10已过，1个单位仍执行数据未报送：乐山市医疗保障局机关（2个项目）。',
      link: '/execution',
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
    expect(reviewRequestMessage(event).title).toBe('【待审核】驻村工作队队员补助（2023年度绩效自评）');
    const flag = {
      flagId: 'f1',
      departmentId: 'd',
      unitId: 'u',
      year: 2023,
      code: 'UNDER_EXECUTED',
      message: '预算执行率 56.7%',
    };
    expect(flagMessage(flag)).toEqual({
      title: '【预警】2023年度执行预警（UNDER_EXECUTED）',
      body: '预算执行率 56.7%。请说明原因并填写整改措施。',
      link: '/execution/flags/f1',
    });
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
