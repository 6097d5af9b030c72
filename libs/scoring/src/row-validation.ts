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
    fail(row, index, 'SCORING.NEGATIVE_AMOUNT', `分值/权重为负数：${weight.toString()}`);
  if (target.kind === 'number' && target.amount.isNegative())
    fail(row, index, 'SCORING.NEGATIVE_AMOUNT', `年度指标值为负数：${target.text}`);
  if (actual) {
    if (actual.kind === 'number' && actual.amount.isNegative())
      fail(row, index, 'SCORING.NEGATIVE_AMOUNT', `实际完成值为负数：${actual.text}`);
    if (actual.kind === 'qualitative' && needsQuantity(target) && manualScore == null) {
      fail(
        row,
        index,
        'SCORING.ACTUAL_UNPARSEABLE',
        `实际完成值“${actual.text}”不是数字、百分比或日期（年度指标值为 ${target.text}）`,
      );
    }
  }
  if (manualScore != null) {
    if (manualScore.isNegative() || manualScore.gt(weight)) {
      fail(
        row,
        index,
        'SCORING.SCORE_ABOVE_WEIGHT',
        `得分 ${manualScore.toString()} 超出 [0, ${weight.toString()}]`,
      );
    }
    if (band != null && !scoreInBand(manualScore, band, weight)) {
      fail(
        row,
        index,
        'SCORING.SCORE_OUT_OF_BAND',
        `得分 ${manualScore.toString()} 不在“${BAND_LABEL[band]}”区间 ${bandInterval(band, weight)} 内`,
      );
    }
  } else if (band != null) {
    fail(
      row,
      index,
      'SCORING.BAND_SCORE_MISSING',
      `选择了“${BAND_LABEL[band]}”，但未在 ${bandInterval(band, weight)} 内给出得分`,
    );
  }
}

function fail(
  row: IndicatorInput,
  index: number,
  code: ScoringValidationError['code'],
  message: string,
): never {
  // The row is named by its 三级指标 here; the caller adds its number in its own notation (rowIndex).
  throw new ScoringValidationError(code, `${row.level3}：${message}`, index, row.level3);
}

function needsQuantity(target: IndicatorValue): boolean {
  return target.kind === 'number' || target.kind === 'as-actual' || target.kind === 'deadline';
}
