import { Decimal } from '@jixiao/decimal';
import { SICHUAN_2025_RULE_SET, TIME_PROGRESS_LIGHT_RULE_SET } from './default-rule-sets';
import { ExecutionInput, evaluateExecution } from './evaluate-execution';
import { shanghaiDate } from './fiscal-date';
import { RuleSet } from './rule-set';
import { readJinkouheMoneyBlocks } from './testing/jinkouhe-money-blocks';

const yearEnd = (
  budget: string,
  executed: string,
  reason: string | null,
  ruleSet: RuleSet = SICHUAN_2025_RULE_SET,
) =>
  evaluateExecution({
    budget,
    executed,
    reason,
    asOf: '2023-12-31',
    fiscalYear: 2023,
    yearEnd: true,
    ruleSet,
  });

const inYear = (
  asOf: string,
  budget: string,
  executed: string,
  ruleSet: RuleSet,
  more: Partial<ExecutionInput> = {},
) => evaluateExecution({ budget, executed, asOf, fiscalYear: 2024, yearEnd: false, ruleSet, ...more });

describe('evaluateExecution at year end: Jinkouhe 2023 self-evaluation, Sichuan rules', () => {
  const blocks = readJinkouheMoneyBlocks();

  // project, rate, year-end flags (code/severity), reason required
  it.each([
    ['城乡居民医疗保险区财政补助', '96.6', [['UNDER_EXECUTED', 'minor']], false],
    // 扣分原因分析 printed: 驻村工作时间只持续到2023年8月结束
    ['驻村工作队队员补助', '56.7', [['UNDER_EXECUTED', 'severe']], true],
    // printed (cut off by the PDF): 征地农转非人员参加居
    ['征地农转非城镇职工医疗保险补助', '0.0', [['UNDER_EXECUTED', 'severe']], true],
    // The following four print no reason although the rate is below 90 %: Sichuan rules want one.
    [
      '征地农转非城乡居民医疗保险财政补助',
      '68.3',
      [
        ['UNDER_EXECUTED', 'moderate'],
        ['REASON_MISSING', 'moderate'],
      ],
      true,
    ],
    [
      '建国初期退休人员门诊医疗补助资金',
      '20.0',
      [
        ['UNDER_EXECUTED', 'severe'],
        ['REASON_MISSING', 'moderate'],
      ],
      true,
    ],
    [
      '医保基金监督举报奖励经费',
      '0.0',
      [
        ['UNDER_EXECUTED', 'severe'],
        ['REASON_MISSING', 'moderate'],
      ],
      true,
    ],
    [
      '建国初期退休人员住院医疗补助资金',
      '0.0',
      [
        ['UNDER_EXECUTED', 'severe'],
        ['REASON_MISSING', 'moderate'],
      ],
      true,
    ],
    ['城镇18周岁以上低保三无人员和尘肺病患者医疗', '110.8', [['OVER_EXECUTED', 'moderate']], false],
  ])('%s: %s %% → %j', (project, rate, flags, reasonRequired) => {
    const block = blocks.find((b) => b.project === project)!;
    const result = yearEnd(block.budget, block.executed, block.reason);
    expect(result.ratePercent).toBe(rate);
    expect(result.flags.map((f) => [f.code, f.severity])).toEqual(flags);
    const first = result.flags[0];
    expect(first).toMatchObject({ budget: block.budget, executed: block.executed, rate, basis: 'budget' });
    if (first.code === 'UNDER_EXECUTED') expect(first.reasonRequired).toBe(reasonRequired);
  });

  it('gives the 驻村 flag exactly', () => {
    expect(yearEnd('1.5', '0.85', null).flags).toEqual([
      {
        code: 'UNDER_EXECUTED',
        severity: 'severe',
        message: '年度预算执行率 56.7%，未执行到位（严重）；低于 90% 须说明原因',
        budget: '1.5',
        basis: 'budget',
        executed: '0.85',
        rate: '56.7',
        reasonRequired: true,
      },
      {
        code: 'REASON_MISSING',
        severity: 'moderate',
        message: '执行率 56.7% 低于 90%，未填写原因说明',
        rate: '56.7',
        requiredBelow: '90',
      },
    ]);
  });

  it('gives the 尘肺 overrun with its excess', () => {
    expect(yearEnd('2.5', '2.77', null).flags).toEqual([
      {
        code: 'OVER_EXECUTED',
        severity: 'moderate',
        message: '执行数 2.77 万元超过预算 2.5 万元（超出 0.27 万元），执行率 110.8%',
        budget: '2.5',
        basis: 'budget',
        executed: '2.77',
        rate: '110.8',
        excess: '0.27',
      },
    ]);
  });

  it.each(blocks.map((b) => [b.project, b.otherBudget]))(
    '%s: the empty 其他资金 row gives NO_BUDGET and no rate',
    (_project, otherBudget) => {
      const result = yearEnd(otherBudget, '', null);
      expect(result.rate).toBeUndefined();
      expect(result.ratePercent).toBeUndefined();
      expect(result.flags).toEqual([
        {
          code: 'NO_BUDGET',
          severity: 'moderate',
          message: '无预算数，执行率无法计算；执行数 0 万元',
          budget: null,
          executed: '0',
        },
      ]);
    },
  );

  it('says a zero budget is zero', () => {
    expect(yearEnd('0', '0.3', null).flags).toEqual([
      {
        code: 'NO_BUDGET',
        severity: 'moderate',
        message: '无预算数（为零），执行率无法计算；执行数 0.3 万元',
        budget: '0',
        executed: '0.3',
      },
    ]);
  });
});

describe('evaluateExecution at year end: bands, reasons and thresholds', () => {
  it.each([
    // budget, executed, flags under the common light rule set (no reason rule)
    ['100', '100', []],
    ['100', '99.99', [['UNDER_EXECUTED', 'minor']]],
    ['100', '90', [['UNDER_EXECUTED', 'minor']]],
    ['100', '89.99', [['UNDER_EXECUTED', 'moderate']]],
    ['100', '60', [['UNDER_EXECUTED', 'moderate']]],
    ['100', '59.99', [['UNDER_EXECUTED', 'severe']]],
    ['100', '0', [['UNDER_EXECUTED', 'severe']]],
    ['100', '100.01', [['OVER_EXECUTED', 'moderate']]],
  ])('%s / %s → %j', (budget, executed, flags) => {
    expect(
      yearEnd(budget, executed, null, TIME_PROGRESS_LIGHT_RULE_SET).flags.map((f) => [f.code, f.severity]),
    ).toEqual(flags);
  });

  it('compares the exact rate, not the rounded display: 89.96 % shows as 90.0 but needs a reason', () => {
    const result = yearEnd('100', '89.96', null);
    expect(result.ratePercent).toBe('90.0');
    expect(result.flags.map((f) => f.code)).toEqual(['UNDER_EXECUTED', 'REASON_MISSING']);
  });

  it.each([
    ['90', null, ['UNDER_EXECUTED']], // exactly 90 %: no reason needed
    ['89', '资金拨付进度滞后', ['UNDER_EXECUTED']],
    ['89', '   ', ['UNDER_EXECUTED', 'REASON_MISSING']],
    ['89', '', ['UNDER_EXECUTED', 'REASON_MISSING']],
    ['89', '因'.repeat(100), ['UNDER_EXECUTED']],
    ['89', '因'.repeat(101), ['UNDER_EXECUTED', 'REASON_TOO_LONG']],
    ['89', '𠮷'.repeat(100), ['UNDER_EXECUTED']], // characters, not UTF-16 units
  ])('Sichuan reason: executed %s of 100 with reason %j → %j', (executed, reason, codes) => {
    expect(yearEnd('100', executed, reason).flags.map((f) => f.code)).toEqual(codes);
  });

  it('reports the length of an over-long reason', () => {
    expect(yearEnd('100', '50', '因'.repeat(101)).flags[1]).toEqual({
      code: 'REASON_TOO_LONG',
      severity: 'minor',
      message: '原因说明 101 字，超过 100 字上限',
      length: 101,
      maxLength: 100,
    });
  });

  it('measures against the adjusted budget (调整后预算数) when there is one', () => {
    const result = evaluateExecution({
      budget: '140',
      adjustedBudget: '135.22',
      executed: '135.22',
      asOf: '2024-01-15',
      fiscalYear: 2023,
      yearEnd: true,
      ruleSet: SICHUAN_2025_RULE_SET,
    });
    expect(result).toMatchObject({ basis: 'adjusted', ratePercent: '100.0', flags: [] });
    expect(result.budget?.toString()).toBe('135.22');
  });

  it('serialises to JSON with exact figures', () => {
    const json = JSON.parse(JSON.stringify(yearEnd('1.5', '0.85', '驻村工作时间只持续到2023年8月结束')));
    expect(json).toMatchObject({
      budget: '1.5',
      executed: '0.85',
      rate: { numerator: '0.85', denominator: '1.5' },
      ratePercent: '56.7',
    });
  });
});

describe('evaluateExecution in year: the 序时进度 light', () => {
  // At 2024-06-30 time progress is 6/12 = 50 %, so progress ratio = rate × 2.
  it.each([
    ['0', 'red', 'severe'],
    ['29.99', 'red', 'severe'],
    ['30', 'yellow', 'moderate'], // ratio exactly 60 %
    ['39.99', 'yellow', 'moderate'],
    ['40', 'green', undefined], // ratio exactly 80 %
    ['50', 'green', undefined],
    ['75', 'green', undefined],
  ])('executed %s of 100 by 2024-06-30 → %s', (executed, light, severity) => {
    const result = inYear('2024-06-30', '100', executed, TIME_PROGRESS_LIGHT_RULE_SET);
    expect(result.light).toBe(light);
    expect(result.flags.map((f) => f.severity)).toEqual(severity ? [severity] : []);
  });

  it('gives the LAGGING flag with the light and the figures', () => {
    // 0.85 of 1.5 by the end of August: 56.7 % against 66.7 % → ratio 85.0 % green; by 2024-12-15: 56.7 / 100 → red.
    expect(inYear('2024-08-31', '1.5', '0.85', TIME_PROGRESS_LIGHT_RULE_SET).light).toBe('green');
    const result = inYear('2024-12-15', '1.5', '0.85', TIME_PROGRESS_LIGHT_RULE_SET);
    expect(result.progressRatio?.percentText()).toBe('56.7');
    expect(result.flags).toEqual([
      {
        code: 'LAGGING',
        severity: 'severe',
        message: '截至 2024-12-15 执行率 56.7%，序时进度 100.0%：进度比 56.7%（红灯，低于 60%）',
        budget: '1.5',
        basis: 'budget',
        executed: '0.85',
        rate: '56.7',
        asOf: '2024-12-15',
        timeProgress: '100.0',
        progressRatio: '56.7',
        light: 'red',
      },
    ]);
  });

  it('reads the month from the Shanghai day: 2024-04-30T16:30Z is May (5/12)', () => {
    // 30 of 100: against 4/12 the ratio is 90 % (green), against 5/12 it is 72 % (yellow).
    expect(
      inYear(shanghaiDate(new Date('2024-04-30T15:30:00Z')), '100', '30', TIME_PROGRESS_LIGHT_RULE_SET).light,
    ).toBe('green');
    const may = inYear(
      shanghaiDate(new Date('2024-04-30T16:30:00Z')),
      '100',
      '30',
      TIME_PROGRESS_LIGHT_RULE_SET,
    );
    expect(may.light).toBe('yellow');
    expect(may.progressRatio?.percentText()).toBe('72.0');
  });

  it('flags an overrun in year too', () => {
    expect(
      inYear('2024-03-31', '2.5', '2.77', TIME_PROGRESS_LIGHT_RULE_SET).flags.map((f) => f.code),
    ).toEqual(['OVER_EXECUTED']);
  });

  it('has time progress but no rate, light or LAGGING without a budget', () => {
    const result = inYear('2024-06-30', '', '1', TIME_PROGRESS_LIGHT_RULE_SET);
    expect(result.timeProgress?.percentText()).toBe('50.0');
    expect(result.light).toBeUndefined();
    expect(result.flags.map((f) => f.code)).toEqual(['NO_BUDGET']);
  });

  it('refuses an as-of date outside the fiscal year', () => {
    expect(() => inYear('2025-01-01', '100', '50', TIME_PROGRESS_LIGHT_RULE_SET)).toThrow(
      expect.objectContaining({ code: 'DATE_OUTSIDE_FISCAL_YEAR', field: 'asOf' }),
    );
  });

  it('refuses a malformed as-of date at year end too', () => {
    const input = {
      budget: '1',
      executed: '1',
      asOf: '2023/12/31',
      fiscalYear: 2023,
      yearEnd: true,
      ruleSet: SICHUAN_2025_RULE_SET,
    };
    expect(() => evaluateExecution(input)).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
  });
});

describe('evaluateExecution in year: Sichuan checkpoints', () => {
  it.each([
    // asOf, executed of 100, checkpoint month, met, flagged
    ['2024-04-29', '0', undefined, undefined, false],
    ['2024-04-30', '24.99', 4, false, true],
    ['2024-04-30', '25', 4, true, false],
    ['2024-05-01', '24.99', 4, false, true],
    ['2024-06-29', '39', 4, true, false],
    ['2024-06-30', '39.99', 6, false, true],
    ['2024-06-30', '40', 6, true, false],
    ['2024-07-01', '40', 6, true, false],
    ['2024-08-30', '59', 6, true, false],
    ['2024-08-31', '59.99', 8, false, true],
    ['2024-09-01', '60', 8, true, false],
    ['2024-10-30', '79', 8, true, false],
    ['2024-10-31', '79.99', 10, false, true],
    ['2024-11-01', '80', 10, true, false],
    ['2024-12-31', '79.99', 10, false, true],
  ])('%s with %s of 100 → checkpoint %s met %s', (asOf, executed, month, met, flagged) => {
    const result = inYear(asOf, '100', executed, SICHUAN_2025_RULE_SET);
    expect(result.checkpoint?.month).toBe(month);
    expect(result.checkpoint?.met).toBe(met);
    expect(result.light).toBeUndefined();
    expect(result.flags.map((f) => f.code)).toEqual(flagged ? ['LAGGING'] : []);
  });

  it('applies the April checkpoint on 2024-04-30 in Shanghai although UTC still says the 29th', () => {
    const asOf = shanghaiDate(new Date('2024-04-29T16:30:00Z'));
    expect(inYear(asOf, '100', '10', SICHUAN_2025_RULE_SET).flags[0]).toMatchObject({
      code: 'LAGGING',
      checkpoint: { month: 4, minRate: '25' },
      asOf: '2024-04-30',
      timeProgress: '33.3',
    });
  });

  it('combines the light and a missed checkpoint in one LAGGING flag with the worse severity', () => {
    const both: RuleSet = {
      ...SICHUAN_2025_RULE_SET,
      inYear: { ...SICHUAN_2025_RULE_SET.inYear, light: TIME_PROGRESS_LIGHT_RULE_SET.inYear.light },
    };
    // 20 of 100 at 2024-05-15: time progress 5/12 → ratio 48 % red (severe); April checkpoint 25 % missed (moderate).
    const result = inYear('2024-05-15', '100', '20', both);
    expect(result.flags).toEqual([
      {
        code: 'LAGGING',
        severity: 'severe',
        message:
          '截至 2024-05-15 执行率 20.0%，序时进度 41.7%：进度比 48.0%（红灯，低于 60%）；未达 1–4月 25% 的进度要求',
        budget: '100',
        basis: 'budget',
        executed: '20',
        rate: '20.0',
        asOf: '2024-05-15',
        timeProgress: '41.7',
        progressRatio: '48.0',
        light: 'red',
        checkpoint: { month: 4, minRate: '25' },
      },
    ]);
  });

  it('takes thresholds from the data: a 30 % April checkpoint flags 28 %', () => {
    const stricter: RuleSet = {
      ...SICHUAN_2025_RULE_SET,
      inYear: { light: null, checkpoints: [{ month: 4, minRate: '30', severity: 'severe' }] },
    };
    expect(inYear('2024-04-30', '100', '28', stricter).flags.map((f) => [f.code, f.severity])).toEqual([
      ['LAGGING', 'severe'],
    ]);
    expect(inYear('2024-04-30', '100', '28', SICHUAN_2025_RULE_SET).flags).toEqual([]);
  });

  it('uses exact decimals for the progress ratio', () => {
    const result = inYear('2024-07-31', '3', '1', TIME_PROGRESS_LIGHT_RULE_SET);
    // (1/3) / (7/12) = 4/7 = 57.142857…%
    expect(result.progressRatio?.percent(4).eq(Decimal.parse('57.1429'))).toBe(true);
    expect(result.light).toBe('red');
  });
});
