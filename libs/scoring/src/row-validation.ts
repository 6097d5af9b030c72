import type { IndicatorValue } from '@jixiao/indicator-value';
import { BAND_LABEL, bandInterval, scoreInBand } from './qualitative-band';
import type { IndicatorInput } from './scoring-input';
import { ScoringValidationError } from './scoring-validation.error';

/**
 * Refuses a row the engine must not score: negative amounts, a hand-set score outside [0, weight] or
 * outside its band, and an actual that is no quantity or date where the target is one (`很好` vs `≥95%`).
 */
export function validateRow(row: IndicatorInput, index: number): void {
  const { weight, target, actual, manualScore, band } = row;
  if (weight.isNegative())
    fail(row, index, 'SCORING.NEGATIVE_AMOUNT', `分值/权重 is negative: ${weight.toString()}`);
  if (target.kind === 'number' && target.amount.isNegative())
    fail(row, index, 'SCORING.NEGATIVE_AMOUNT', `年度指标值 is negative: ${target.text}`);
  if (actual) {
    if (actual.kind === 'number' && actual.amount.isNegative())
      fail(row, index, 'SCORING.NEGATIVE_AMOUNT', `实际完成值 is negative: ${actual.text}`);
    if (actual.kind === 'qualitative' && needsQuantity(target) && manualScore == null) {
      fail(
        row,
        index,
        'SCORING.ACTUAL_UNPARSEABLE',
        `实际完成值 "${actual.text}" is not a number, percentage or date; 年度指标值 is ${target.text}`,
      );
    }
  }
  if (manualScore != null) {
    if (manualScore.isNegative() || manualScore.gt(weight)) {
      fail(
        row,
        index,
        'SCORING.SCORE_ABOVE_WEIGHT',
        `score ${manualScore.toString()} is outside [0, ${weight.toString()}]`,
      );
    }
    if (band != null && !scoreInBand(manualScore, band, weight)) {
      fail(
        row,
        index,
        'SCORING.SCORE_OUT_OF_BAND',
        `score ${manualScore.toString()} is outside ${BAND_LABEL[band]} ${bandInterval(band, weight)}`,
      );
    }
  } else if (band != null) {
    fail(
      row,
      index,
      'SCORING.BAND_SCORE_MISSING',
      `${BAND_LABEL[band]} chosen without a score in ${bandInterval(band, weight)}`,
    );
  }
}

function fail(
  row: IndicatorInput,
  index: number,
  code: ScoringValidationError['code'],
  message: string,
): never {
  throw new ScoringValidationError(code, `row ${index + 1} (${row.level3}): ${message}`, index, row.level3);
}

function needsQuantity(target: IndicatorValue): boolean {
  return target.kind === 'number' || target.kind === 'as-actual' || target.kind === 'deadline';
}
