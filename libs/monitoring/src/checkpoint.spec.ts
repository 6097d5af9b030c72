import { applicableCheckpoint } from './checkpoint';
import { SICHUAN_2025_RULE_SET } from './default-rule-sets';
import { shanghaiDate } from './fiscal-date';

const checkpoints = SICHUAN_2025_RULE_SET.inYear.checkpoints;

describe('applicableCheckpoint (Sichuan: end of April, June, August, October)', () => {
  it.each([
    ['2024-01-01', undefined],
    ['2024-04-29', undefined],
    ['2024-04-30', 4],
    ['2024-05-01', 4],
    ['2024-06-29', 4],
    ['2024-06-30', 6],
    ['2024-07-01', 6],
    ['2024-08-30', 6],
    ['2024-08-31', 8],
    ['2024-09-01', 8],
    ['2024-10-30', 8],
    ['2024-10-31', 10],
    ['2024-11-01', 10],
    ['2024-12-31', 10],
    ['2023-12-31', undefined], // not in the fiscal year
  ])('%s → checkpoint month %s', (asOf, month) => {
    expect(applicableCheckpoint(asOf, 2024, checkpoints)?.month).toBe(month);
  });

  it('uses the Shanghai day: 2024-04-29T16:30Z is 2024-04-30 in Shanghai, already at the April checkpoint', () => {
    const instant = new Date('2024-04-29T16:30:00Z');
    expect(applicableCheckpoint(instant.toISOString().slice(0, 10), 2024, checkpoints)).toBeUndefined();
    expect(applicableCheckpoint(shanghaiDate(instant), 2024, checkpoints)?.month).toBe(4);
  });

  it('picks the latest month even when the data lists checkpoints out of order', () => {
    const shuffled = [checkpoints[2], checkpoints[0], checkpoints[1]];
    expect(applicableCheckpoint('2024-09-15', 2024, shuffled)?.month).toBe(8);
  });

  it('has none without checkpoints', () => {
    expect(applicableCheckpoint('2024-12-31', 2024, [])).toBeUndefined();
  });
});
