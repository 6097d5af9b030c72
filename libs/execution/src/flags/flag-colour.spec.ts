import { Flag } from '@jixiao/monitoring';
import { flagColour } from './flag-colour';
import { flagFingerprint } from './flag-fingerprint';

const base = { budget: '1.5', basis: 'budget' as const, executed: '0.85', rate: '56.7', message: 'm' };

describe('flagColour', () => {
  it.each<[string, Flag, 'red' | 'yellow']>([
    [
      'lagging, red light',
      {
        ...base,
        code: 'LAGGING',
        severity: 'severe',
        asOf: '2024-06-30',
        timeProgress: '50.0',
        light: 'red',
      },
      'red',
    ],
    [
      'lagging, yellow light even when the checkpoint made it severe',
      {
        ...base,
        code: 'LAGGING',
        severity: 'severe',
        asOf: '2024-06-30',
        timeProgress: '50.0',
        light: 'yellow',
      },
      'yellow',
    ],
    [
      'lagging on a checkpoint only',
      {
        ...base,
        code: 'LAGGING',
        severity: 'moderate',
        asOf: '2024-04-30',
        timeProgress: '33.3',
        checkpoint: { month: 4, minRate: '25' },
      },
      'yellow',
    ],
    [
      '驻村 56.7 % severe',
      { ...base, code: 'UNDER_EXECUTED', severity: 'severe', reasonRequired: true },
      'red',
    ],
    [
      '城乡居民 96.6 % minor',
      { ...base, rate: '96.6', code: 'UNDER_EXECUTED', severity: 'minor', reasonRequired: false },
      'yellow',
    ],
    [
      '尘肺 110.8 %',
      { ...base, rate: '110.8', code: 'OVER_EXECUTED', severity: 'moderate', excess: '0.27' },
      'yellow',
    ],
    [
      'no budget',
      { code: 'NO_BUDGET', severity: 'moderate', message: 'm', budget: null, executed: '0' },
      'yellow',
    ],
  ])('%s → %s', (_name, flag, colour) => {
    expect(flagColour(flag)).toBe(colour);
  });
});

describe('flagFingerprint', () => {
  const lagging: Flag = {
    ...base,
    code: 'LAGGING',
    severity: 'moderate',
    asOf: '2024-06-30',
    timeProgress: '50.0',
    checkpoint: { month: 6, minRate: '40' },
  };

  it.each<[string, Record<string, unknown>, boolean]>([
    ['another day, other wording', { ...lagging, asOf: '2024-06-12', message: 'other' }, true],
    [
      'keys in jsonb order',
      JSON.parse(JSON.stringify({ checkpoint: { minRate: '40', month: 6 }, ...lagging })),
      true,
    ],
    ['a new executed amount', { ...lagging, executed: '0.9' }, false],
    ['a new month of time progress', { ...lagging, timeProgress: '58.3' }, false],
    ['another checkpoint', { ...lagging, checkpoint: { month: 8, minRate: '60' } }, false],
  ])('%s: same finding = %s', (_name, other, same) => {
    expect(flagFingerprint(other) === flagFingerprint(lagging)).toBe(same);
  });
});
