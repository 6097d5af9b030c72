import { clearingField, withClearance } from './finding-clearance';
import type { FindingCode } from './finding';

describe('clearingField', () => {
  it.each<[FindingCode, number | undefined, string | null]>([
    ['OVER_ACHIEVED', 3, 'rows[3].deviationReason'],
    ['REASON_MISSING', 2, 'rows[2].deductionReason'],
    ['REASON_MISSING', undefined, 'executionDeductionReason'],
    ['ACTUAL_MISSING', 0, 'rows[0].actual'],
    ['AMOUNT_NEEDED', 4, 'rows[4].actual'],
    ['BAND_REQUIRED', 5, 'rows[5].band'],
    ['INCOMPARABLE', 1, 'rows[1].manualScore'],
    ['TARGET_MISSING', 1, 'rows[1].manualScore'],
    ['WEIGHT_MISSING', 6, 'rows[6].weight'],
    ['EXECUTED_MISSING', undefined, 'amounts.executed'],
    ['NO_BUDGET', undefined, 'executionManualScore'],
    ['UNDER_EXECUTED', undefined, null],
    ['OVER_EXECUTED', undefined, null],
    ['WEIGHT_SUM', undefined, null],
    ['NO_INDICATORS', undefined, null],
  ])('%s at row %s: %s', (code, row, field) => {
    expect(clearingField({ code, row })).toBe(field);
  });

  it('adds clearedBy only where an entry clears the finding', () => {
    expect(withClearance({ code: 'OVER_ACHIEVED', message: 'm', row: 3 })).toEqual({
      code: 'OVER_ACHIEVED',
      message: 'm',
      row: 3,
      clearedBy: 'rows[3].deviationReason',
    });
    expect(withClearance({ code: 'WEIGHT_SUM', message: 'm' })).toEqual({ code: 'WEIGHT_SUM', message: 'm' });
  });
});
