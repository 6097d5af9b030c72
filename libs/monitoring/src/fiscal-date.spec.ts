import {
  Clock,
  monthEnd,
  parseDate,
  parseDateInFiscalYear,
  shanghaiDate,
  todayInShanghai,
} from './fiscal-date';

describe('Shanghai calendar dates', () => {
  it.each([
    ['2024-04-30T15:59:59.999Z', '2024-04-30'],
    ['2024-04-30T16:00:00.000Z', '2024-05-01'],
    ['2024-04-30T16:30:00.000Z', '2024-05-01'],
    ['2023-12-31T15:59:59.000Z', '2023-12-31'],
    ['2023-12-31T16:00:00.000Z', '2024-01-01'],
    ['2024-02-28T16:00:00.000Z', '2024-02-29'],
    ['2024-01-01T00:00:00+08:00', '2024-01-01'],
  ])('%s is %s in Shanghai', (instant, date) => {
    expect(shanghaiDate(new Date(instant))).toBe(date);
  });

  it('reads today from the injected clock', () => {
    const clock: Clock = { now: () => new Date('2024-06-30T17:00:00Z') };
    expect(todayInShanghai(clock)).toBe('2024-07-01');
  });

  it('refuses an invalid instant', () => {
    expect(() => shanghaiDate(new Date('not a date'))).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE' }),
    );
  });

  it.each(['2024-02-29', '2024-12-31', '2023-01-01'])('accepts %s', (text) => {
    expect(() => parseDate(text)).not.toThrow();
  });

  it.each([
    '2023-02-29',
    '2024-04-31',
    '2024-13-01',
    '2024-00-10',
    '2024-4-1',
    '2024/04/01',
    '2024-04-01T00:00:00Z',
    '',
  ])('refuses %j as INVALID_DATE', (text) => {
    expect(() => parseDate(text)).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE', field: 'asOf', asOf: text }),
    );
  });

  it.each([
    [2024, 2, '2024-02-29'],
    [2023, 2, '2023-02-28'],
    [2024, 4, '2024-04-30'],
    [2024, 12, '2024-12-31'],
  ])('month end of %i-%i is %s', (year, month, end) => {
    expect(monthEnd(year, month)).toBe(end);
  });

  it.each(['2023-12-31', '2025-01-01'])('%s lies outside fiscal year 2024', (text) => {
    expect(() => parseDateInFiscalYear(text, 2024)).toThrow(
      expect.objectContaining({ code: 'DATE_OUTSIDE_FISCAL_YEAR', field: 'asOf' }),
    );
  });
});
