import { Decimal } from '@jixiao/decimal';
import type { QualitativeBand } from './scoring-input';

const EIGHT_TENTHS = Decimal.parse('0.8');
const SIX_TENTHS = Decimal.parse('0.6');

/** 档次名称, for messages. */
export const BAND_LABEL: Record<QualitativeBand, string> = {
  achieved: '达成年度指标',
  'partly-achieved': '部分达成年度指标并具有一定效果',
  'not-achieved': '未达成年度指标且效果较差',
};

/** Whether a score lies in the band of a row worth `weight`: [0.8w, w], [0.6w, 0.8w), [0, 0.6w). */
export function scoreInBand(score: Decimal, band: QualitativeBand, weight: Decimal): boolean {
  const high = weight.mul(EIGHT_TENTHS);
  const low = weight.mul(SIX_TENTHS);
  switch (band) {
    case 'achieved':
      return score.gte(high) && score.lte(weight);
    case 'partly-achieved':
      return score.gte(low) && score.lt(high);
    case 'not-achieved':
      return !score.isNegative() && score.lt(low);
  }
}

/** The band as an interval, for messages: `[8, 10]`. */
export function bandInterval(band: QualitativeBand, weight: Decimal): string {
  const high = weight.mul(EIGHT_TENTHS).toString();
  const low = weight.mul(SIX_TENTHS).toString();
  if (band === 'achieved') return `[${high}, ${weight.toString()}]`;
  if (band === 'partly-achieved') return `[${low}, ${high})`;
  return `[0, ${low})`;
}
