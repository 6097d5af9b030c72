import { Decimal } from '@jixiao/decimal';
import { executionRate } from './execution-rate';
import { MonitoringError } from './monitoring-error';
import { readJinkouheMoneyBlocks } from './testing/jinkouhe-money-blocks';

describe('executionRate', () => {
  const blocks = readJinkouheMoneyBlocks();

  it('reads all eight Jinkouhe projects once (the twice-printed one is kept once)', () => {
    expect(blocks).toHaveLength(8);
  });

  // 年度资金总额 rows of the Jinkouhe 2023 self-evaluation: printed rate vs the exact one.
  it.each([
    ['城乡居民医疗保险区财政补助', '140', '135.22', '96.6', '0.965857143'],
    ['驻村工作队队员补助', '1.5', '0.85', '56.7', '0.566666667'],
    ['征地农转非城镇职工医疗保险补助', '5', '0', '0.0', '0'],
    ['征地农转非城乡居民医疗保险财政补助', '15', '10.24', '68.3', '0.682666667'],
    ['建国初期退休人员门诊医疗补助资金', '2', '0.4', '20.0', '0.2'],
    ['医保基金监督举报奖励经费', '1', '0', '0.0', '0'],
    ['建国初期退休人员住院医疗补助资金', '4', '0', '0.0', '0'],
    ['城镇18周岁以上低保三无人员和尘肺病患者医疗', '2.5', '2.77', '110.8', '1.108'],
  ])('%s: %s / %s → %s %%', (project, budget, executed, percent, printed) => {
    const block = blocks.find((b) => b.project === project);
    expect(block).toMatchObject({ budget, executed, printedRate: printed });
    const { rate } = executionRate({ budget: block!.budget, executed: block!.executed });
    expect(rate!.percentText()).toBe(percent);
    // The spreadsheet printed the rate to 9 places; the exact ratio rounds to the same.
    expect(rate!.numerator.div(rate!.denominator, 9).toString()).toBe(Decimal.parse(printed).toString());
  });

  it.each(readJinkouheMoneyBlocks().map((b) => [b.project, b.otherBudget, b.otherPrintedRate]))(
    '%s: the empty 其他资金 row (budget "%s", printed rate "%s") has an undefined rate, not an error',
    (_project, otherBudget) => {
      const result = executionRate({ budget: otherBudget, executed: '' });
      expect(result).toEqual({ base: null, basis: 'budget', executed: Decimal.ZERO, rate: undefined });
    },
  );

  it.each([
    // budget, adjusted, executed, basis, base, percent
    ['100', '80', '60', 'adjusted', '80', '75.0'],
    ['100', null, '60', 'budget', '100', '60.0'],
    ['100', '', '60', 'budget', '100', '60.0'],
    ['100', '0', '60', 'adjusted', '0', undefined],
    ['0', undefined, '0', 'budget', '0', undefined],
    ['1,672.81', undefined, '1,672.81', 'budget', '1672.81', '100.0'],
    [Decimal.parse('3'), undefined, Decimal.parse('2'), 'budget', '3', '66.7'],
  ])(
    'budget %s, adjusted %s, executed %s → basis %s, base %s, %s %%',
    (budget, adjustedBudget, executed, basis, base, percent) => {
      const result = executionRate({ budget, adjustedBudget, executed });
      expect(result.basis).toBe(basis);
      expect(result.base?.toString()).toBe(base);
      expect(result.rate?.percentText()).toBe(percent);
    },
  );

  it('rounds the display half-up at exactly .05: 1/2000 → 0.1 %, 0.0499… → 0.0 %', () => {
    expect(executionRate({ budget: '2000', executed: '1' }).rate?.percentText()).toBe('0.1');
    expect(executionRate({ budget: '2000', executed: '0.999' }).rate?.percentText()).toBe('0.0');
  });

  it.each([
    [{ budget: '-1', executed: '0' }, 'NEGATIVE_AMOUNT', 'budget'],
    [{ budget: '1', executed: '-0.01' }, 'NEGATIVE_AMOUNT', 'executed'],
    [{ budget: '1', adjustedBudget: '-2', executed: '0' }, 'NEGATIVE_AMOUNT', 'adjustedBudget'],
    [{ budget: '#DIV/0!', executed: '0' }, 'INVALID_AMOUNT', 'budget'],
    [{ budget: '1', executed: '一万' }, 'INVALID_AMOUNT', 'executed'],
  ])('refuses %j with %s on %s', (amounts, code, field) => {
    expect(() => executionRate(amounts)).toThrow(expect.objectContaining({ code, field }));
    expect(() => executionRate(amounts)).toThrow(MonitoringError);
  });
});
