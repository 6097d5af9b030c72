import { Decimal } from '@jixiao/decimal';
import { SICHUAN_2025_RULE_SET, TIME_PROGRESS_LIGHT_RULE_SET } from '@jixiao/monitoring';
import { RecordedExecution, evaluateProject } from './project-evaluation';

const record = (
  asOf: string,
  executed: string,
  adjustedBudget: string | null = null,
  reason: string | null = null,
): RecordedExecution => ({
  asOf,
  executed: Decimal.parse(executed),
  adjustedBudget: adjustedBudget === null ? null : Decimal.parse(adjustedBudget),
  reason,
});

describe('evaluateProject at year end (a record dated 31 December): Jinkouhe 2023, Sichuan rules', () => {
  const yearEnd = (budget: string, executed: string, writtenReason: string | null = null) =>
    evaluateProject({
      fiscalYear: 2023,
      budget: Decimal.parse(budget),
      records: [record('2023-06-30', '0'), record('2023-12-31', executed)],
      today: '2024-09-15',
      ruleSet: SICHUAN_2025_RULE_SET,
      writtenReason,
    });

  it.each([
    ['驻村工作队队员补助', '1.5', '0.85', '56.7', ['UNDER_EXECUTED', 'REASON_MISSING']],
    ['征地农转非城镇职工医疗保险补助', '5', '0', '0.0', ['UNDER_EXECUTED', 'REASON_MISSING']],
    ['征地农转非城乡居民医疗保险财政补助', '15', '10.24', '68.3', ['UNDER_EXECUTED', 'REASON_MISSING']],
    ['建国初期退休人员门诊医疗补助资金', '2', '0.4', '20.0', ['UNDER_EXECUTED', 'REASON_MISSING']],
    ['医保基金监督举报奖励经费', '1', '0', '0.0', ['UNDER_EXECUTED', 'REASON_MISSING']],
    ['建国初期退休人员住院医疗补助资金', '4', '0', '0.0', ['UNDER_EXECUTED', 'REASON_MISSING']],
    ['城乡居民医疗保险区财政补助', '140', '135.22', '96.6', ['UNDER_EXECUTED']],
    ['城镇18周岁以上低保三无人员和尘肺病患者医疗', '2.5', '2.77', '110.8', ['OVER_EXECUTED']],
  ])('%s %s/%s → %s %% %j', (_project, budget, executed, rate, codes) => {
    const evaluation = yearEnd(budget, executed);
    expect(evaluation).toMatchObject({ yearEnd: true, asOf: '2023-12-31', ratePercent: rate });
    expect(evaluation?.flags.map((f) => f.code)).toEqual(codes);
  });

  it('a reason written on the flag answers REASON_MISSING (驻村: 驻村工作时间只持续到2023年8月结束)', () => {
    expect(yearEnd('1.5', '0.85', '驻村工作时间只持续到2023年8月结束')?.flags.map((f) => f.code)).toEqual([
      'UNDER_EXECUTED',
    ]);
  });

  it('a reason that came with the record counts when none was written on the flag', () => {
    const evaluation = evaluateProject({
      fiscalYear: 2023,
      budget: Decimal.parse('1.5'),
      records: [record('2023-12-31', '0.85', null, '驻村工作时间只持续到2023年8月结束')],
      today: '2024-09-15',
      ruleSet: SICHUAN_2025_RULE_SET,
      writtenReason: null,
    });
    expect(evaluation?.flags.map((f) => f.code)).toEqual(['UNDER_EXECUTED']);
  });

  it('the adjusted budget (调整后预算数) of the latest record is what the rate divides by', () => {
    const evaluation = evaluateProject({
      fiscalYear: 2023,
      budget: Decimal.parse('2.5'),
      records: [record('2023-12-31', '2.77', '3')],
      today: '2024-01-05',
      ruleSet: SICHUAN_2025_RULE_SET,
      writtenReason: null,
    });
    expect(evaluation).toMatchObject({ basis: 'adjusted', ratePercent: '92.3' });
    expect(evaluation?.flags.map((f) => f.code)).toEqual(['UNDER_EXECUTED']);
  });

  it('an empty budget gives NO_BUDGET and an undefined rate, never an error', () => {
    const evaluation = evaluateProject({
      fiscalYear: 2023,
      budget: null,
      records: [record('2023-12-31', '0')],
      today: '2024-01-05',
      ruleSet: SICHUAN_2025_RULE_SET,
      writtenReason: null,
    });
    expect(evaluation?.rate).toBeUndefined();
    expect(evaluation?.flags.map((f) => f.code)).toEqual(['NO_BUDGET']);
  });
});

describe('evaluateProject in year: measured as of today per the clock', () => {
  const inYear = (today: string, records: RecordedExecution[], ruleSet = TIME_PROGRESS_LIGHT_RULE_SET) =>
    evaluateProject({
      fiscalYear: 2024,
      budget: Decimal.parse('120'),
      records,
      today,
      ruleSet,
      writtenReason: null,
    });

  // today, latest record, executed of 120 → as-of date, light, lagging
  it.each([
    // 4/12 time progress; 30/40 = 75 % of 序时进度: yellow
    ['2024-04-15', '2024-04-10', '30', '2024-04-15', 'yellow', true],
    // 40/40 = 100 %: green
    ['2024-04-15', '2024-04-10', '40', '2024-04-15', 'green', false],
    // the same record measured a month later: 40 of 5/12 = 80 %: green at the boundary
    ['2024-05-20', '2024-04-10', '40', '2024-05-20', 'green', false],
    // and in June: 40 of 6/12 = 66.7 %: yellow
    ['2024-06-01', '2024-04-10', '40', '2024-06-01', 'yellow', true],
    // in August: 40 of 8/12 = 50 %: red
    ['2024-08-31', '2024-04-10', '40', '2024-08-31', 'red', true],
    // past the year end without a year-end record: measured on 31 December, in year
    ['2025-02-01', '2024-11-30', '110', '2024-12-31', 'green', false],
    // a record dated after today (entered ahead of the clock) is measured on its own date
    ['2024-03-01', '2024-03-31', '29', '2024-03-31', 'green', false],
  ])('today %s, record %s, %s 万元 → as of %s %s', (today, asOf, executed, measuredAt, light, lagging) => {
    const evaluation = inYear(today, [record(asOf, executed)]);
    expect(evaluation).toMatchObject({ yearEnd: false, asOf: measuredAt, light });
    expect(evaluation?.flags.some((f) => f.code === 'LAGGING')).toBe(lagging);
  });

  it.each([
    // Sichuan checkpoints: 25 % due by 30 April; a day before the checkpoint nothing is due
    ['2024-04-29', '29', false],
    ['2024-04-30', '29', true],
    ['2024-04-30', '30', false],
    ['2024-06-30', '47.99', true],
    ['2024-06-30', '48', false],
  ])('Sichuan, today %s, %s of 120 万元 → lagging %s', (today, executed, lagging) => {
    const evaluation = inYear(
      today,
      [record('2024-01-31', '1'), record(today, executed)],
      SICHUAN_2025_RULE_SET,
    );
    expect(evaluation?.flags.some((f) => f.code === 'LAGGING')).toBe(lagging);
  });

  it('no record: nothing to measure, no flag', () => {
    expect(inYear('2024-06-30', [])).toBeNull();
  });
});
