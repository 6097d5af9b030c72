import { shanghaiDate } from './fiscal-date';
import { timeProgress } from './time-progress';

describe('timeProgress (序时进度 = month / 12)', () => {
  it.each([
    ['2024-01-01', '8.3'],
    ['2024-01-31', '8.3'],
    ['2024-04-30', '33.3'],
    ['2024-05-01', '41.7'],
    ['2024-06-30', '50.0'],
    ['2024-08-31', '66.7'],
    ['2024-10-31', '83.3'],
    ['2024-12-31', '100.0'],
  ])('%s → %s %%', (asOf, percent) => {
    expect(timeProgress(asOf, 2024).percentText()).toBe(percent);
  });

  it('counts the Shanghai day: 2024-04-30T16:30Z is already May (5/12)', () => {
    expect(timeProgress(shanghaiDate(new Date('2024-04-30T16:30:00Z')), 2024).percentText()).toBe('41.7');
    expect(timeProgress(shanghaiDate(new Date('2024-04-30T15:30:00Z')), 2024).percentText()).toBe('33.3');
  });

  it.each(['2023-12-31', '2025-01-01'])('refuses %s outside fiscal year 2024', (asOf) => {
    expect(() => timeProgress(asOf, 2024)).toThrow(
      expect.objectContaining({ code: 'DATE_OUTSIDE_FISCAL_YEAR' }),
    );
  });
});
