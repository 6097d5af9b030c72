import { Flag } from '@jixiao/monitoring';
import { FlagColour } from '../entities';

/**
 * 红灯 / 黄灯 of a flag on the dashboard: a LAGGING flag shows its 序时进度 light; any other flag (and a
 * lagging one raised only by a missed checkpoint) is red when severe and yellow otherwise.
 */
export function flagColour(flag: Flag): FlagColour {
  if (flag.code === 'LAGGING' && flag.light) return flag.light;
  return flag.severity === 'severe' ? 'red' : 'yellow';
}
