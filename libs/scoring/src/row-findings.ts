import { Decimal } from '@jixiao/decimal';
import type { CompiledProfile } from './compiled-profile';
import type { Finding, FindingCode } from './finding';
import type { IndicatorInput } from './scoring-input';
import { isPercent, sameMeasure } from './value-kinds';

/** The finding a rule asks for when it cannot score a row. */
export function decisionFinding(code: FindingCode, row: IndicatorInput, index: number): Finding {
  const target = row.target.text;
  const actual = row.actual?.text ?? '';
  const base = { row: index, indicator: row.level3, target, actual };
  switch (code) {
    case 'AMOUNT_NEEDED':
      return {
        code,
        message: `${row.level3}：年度指标值${target}为金额上限，实际完成值${actual}为百分比，无法判断，请填报实际金额`,
        ...base,
      };
    case 'BAND_REQUIRED':
      return {
        code,
        message: `${row.level3}：定性指标实际完成“${actual}”与目标“${target}”不一致，请评价人选择档次并打分`,
        ...base,
      };
    case 'TARGET_MISSING':
      return { code, message: `${row.level3}：年度指标值缺失，需人工认定`, ...base };
    case 'ACTUAL_MISSING':
      return { code, message: `${row.level3}：未填写实际完成值`, ...base };
    default:
      return {
        code,
        message: `${row.level3}：实际完成值${actual}与年度指标值${target}口径不一致，需人工认定`,
        ...base,
      };
  }
}

/** 扣分原因分析 missing where the score is below the weight. */
export function reasonMissingFinding(row: IndicatorInput, index: number, score: Decimal): Finding {
  return {
    code: 'REASON_MISSING',
    message: `${row.level3}得分${score.toString()}（满分${row.weight.toString()}），未填写扣分原因`,
    row: index,
    indicator: row.level3,
    score: score.toString(),
    weight: row.weight.toString(),
  };
}

/**
 * 偏离度: the actual as a percentage of a positive target when it reaches the profile's threshold
 * (120 % by default) — a 偏离原因 is asked for (it clears the finding), the score stays. Null when below
 * or not comparable.
 */
export function overAchievementFinding(
  row: IndicatorInput,
  index: number,
  profile: CompiledProfile,
): Finding | null {
  const { target, actual } = row;
  if (row.direction !== 'positive' || actual?.kind !== 'number') return null;
  let achieved: Decimal;
  if (target.kind === 'number' && !target.amount.isZero() && sameMeasure(target, actual)) {
    if (actual.amount.mul(Decimal.HUNDRED).lt(target.amount.mul(profile.overAchievementPercent))) return null;
    achieved = actual.amount.mul(Decimal.HUNDRED).div(target.amount, 1);
  } else if (
    isPercent(actual) &&
    (target.kind === 'as-actual' || (target.kind === 'number' && target.unit !== '%'))
  ) {
    if (actual.amount.lt(profile.overAchievementPercent)) return null;
    achieved = actual.amount.round(1);
  } else {
    return null;
  }
  return {
    code: 'OVER_ACHIEVED',
    message: `${row.level3}：实际完成${actual.text}，达年度指标值${target.text}的${achieved.toString()}%，超过${profile.overAchievementPercent.toString()}%，请说明偏离原因`,
    row: index,
    indicator: row.level3,
    target: target.text,
    actual: actual.text,
    achievement: achieved.toString(),
  };
}
