import { addDays, dayIn, isCalendarDay } from './calendar-day';
import { CalendarDeadline } from './calendar-deadline';
import { dueActions } from './due-actions';

// Sichuan 2025 checkpoints (domain §7/§8): Jan–Apr reviewed by 10 May; self-evaluation by 30 June next year.
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
  label: '2025年度绩效自评',
  dueDate: '2026-06-30',
};
const rules = { deadlines: [april, selfEvaluation], leadDays: [7, 1], escalationDays: 3 };

describe('dueActions', () => {
  it.each([
    ['2025-05-02', []],
    ['2025-05-03', ['reminder monitoring-04 7']],
    ['2025-05-04', ['reminder monitoring-04 7']],
    ['2025-05-08', ['reminder monitoring-04 7']],
    ['2025-05-09', ['reminder monitoring-04 1']],
    ['2025-05-10', ['reminder monitoring-04 1']],
    ['2025-05-11', []],
    ['2025-05-12', []],
    ['2025-05-13', ['escalation monitoring-04 3']],
    ['2025-06-01', ['escalation monitoring-04 22']],
    ['2026-06-23', ['escalation monitoring-04 409', 'reminder self-evaluation 7']],
    ['2026-06-29', ['escalation monitoring-04 415', 'reminder self-evaluation 1']],
  ])('on %s', (today, expected) => {
    const described = dueActions(rules, today).map((a) =>
      a.type === 'reminder'
        ? `reminder ${a.deadline.key} ${a.leadDays}`
        : `escalation ${a.deadline.key} ${a.daysLate}`,
    );
    expect(described.sort()).toEqual(expected);
  });

  it('a lead of 0 reminds on the day itself only', () => {
    expect(dueActions({ ...rules, leadDays: [0] }, '2025-05-09')).toEqual([]);
    expect(dueActions({ ...rules, leadDays: [0] }, '2025-05-10')).toEqual([
      { type: 'reminder', deadline: april, leadDays: 0 },
    ]);
  });
});

describe('calendar days', () => {
  it.each([
    ['2025-04-30T15:59:59Z', '2025-04-30'],
    ['2025-04-30T16:00:00Z', '2025-05-01'],
    ['2024-12-31T16:00:00Z', '2025-01-01'],
  ])('%s is %s in Shanghai', (instant, day) => {
    expect(dayIn(new Date(instant), 'Asia/Shanghai')).toBe(day);
  });

  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2025-05-10', -7, '2025-05-03'],
  ])('%s + %i days is %s', (day, days, expected) => {
    expect(addDays(day, days)).toBe(expected);
  });

  it.each([
    ['2025-04-30', true],
    ['2025-02-29', false],
    ['2025-4-30', false],
    ['20250430', false],
  ])('%s is a calendar day: %s', (text, ok) => {
    expect(isCalendarDay(text)).toBe(ok);
  });
});
