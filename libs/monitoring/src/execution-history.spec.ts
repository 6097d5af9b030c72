import { ExecutionRecordInput, validateExecutionHistory } from './execution-history';

describe('validateExecutionHistory', () => {
  it('returns the records parsed and in date order, keeping their input index', () => {
    const records = [
      { asOf: '2024-06-30', executed: '0.6' },
      { asOf: '2024-04-30', executed: '0.4' },
      { asOf: '2024-08-31', executed: '0.85' },
      { asOf: '2024-10-31', executed: '0.85' }, // unchanged is fine
    ];
    expect(
      validateExecutionHistory(records, 2024).map((r) => [r.asOf, r.executed.toString(), r.index]),
    ).toEqual([
      ['2024-04-30', '0.4', 1],
      ['2024-06-30', '0.6', 0],
      ['2024-08-31', '0.85', 2],
      ['2024-10-31', '0.85', 3],
    ]);
  });

  it('accepts an empty history', () => {
    expect(validateExecutionHistory([], 2024)).toEqual([]);
  });

  const cases: [string, ExecutionRecordInput[], object][] = [
    [
      'a date before the fiscal year',
      [{ asOf: '2023-12-31', executed: '1' }],
      { code: 'DATE_OUTSIDE_FISCAL_YEAR', field: 'asOf', index: 0, asOf: '2023-12-31' },
    ],
    [
      'a date after the fiscal year',
      [
        { asOf: '2024-12-31', executed: '1' },
        { asOf: '2025-01-01', executed: '1' },
      ],
      { code: 'DATE_OUTSIDE_FISCAL_YEAR', index: 1, asOf: '2025-01-01' },
    ],
    [
      'an impossible date',
      [{ asOf: '2024-02-30', executed: '1' }],
      { code: 'INVALID_DATE', field: 'asOf', index: 0 },
    ],
    [
      'a negative amount',
      [{ asOf: '2024-03-31', executed: '-0.01' }],
      { code: 'NEGATIVE_AMOUNT', field: 'executed', index: 0, asOf: '2024-03-31' },
    ],
    [
      'a missing amount',
      [{ asOf: '2024-03-31', executed: '' }],
      { code: 'INVALID_AMOUNT', field: 'executed', index: 0 },
    ],
    [
      'text for an amount',
      [{ asOf: '2024-03-31', executed: '#DIV/0!' }],
      { code: 'INVALID_AMOUNT', field: 'executed', index: 0 },
    ],
    [
      'a cumulative amount that goes down (in input order)',
      [
        { asOf: '2024-04-30', executed: '0.4' },
        { asOf: '2024-06-30', executed: '0.39' },
      ],
      {
        code: 'CUMULATIVE_DECREASE',
        field: 'executed',
        index: 1,
        asOf: '2024-06-30',
        message: '2024-06-30 累计执行数 0.39 万元低于 2024-04-30 的 0.4 万元',
      },
    ],
    [
      'a cumulative amount that goes down (entered out of order)',
      [
        { asOf: '2024-08-31', executed: '0.5' },
        { asOf: '2024-06-30', executed: '0.6' },
      ],
      { code: 'CUMULATIVE_DECREASE', index: 0, asOf: '2024-08-31' },
    ],
    [
      'two records for one day',
      [
        { asOf: '2024-06-30', executed: '0.6' },
        { asOf: '2024-04-30', executed: '0.4' },
        { asOf: '2024-06-30', executed: '0.6' },
      ],
      { code: 'DUPLICATE_DATE', field: 'asOf', index: 2, asOf: '2024-06-30' },
    ],
  ];
  it.each(cases)('refuses %s', (_what, records, error) => {
    expect(() => validateExecutionHistory(records, 2024)).toThrow(
      expect.objectContaining({ name: 'MonitoringError', ...error }),
    );
  });
});
