import { Decimal } from '@jixiao/decimal';
import { Ratio } from './ratio';
import { LightBand, LightColour } from './rule-set';

/** 红黄绿灯: the first band (ascending thresholds) the ratio falls strictly below; green above them all. */
export function trafficLight(
  progressRatio: Ratio,
  bands: readonly LightBand[],
): { colour: LightColour; band?: LightBand } {
  const band = bands.find((b) => progressRatio.belowPercent(Decimal.parse(b.below)));
  return band ? { colour: band.colour, band } : { colour: 'green' };
}
