import { Decimal } from '@jixiao/decimal';
import { parseActualValue, parseIndicatorValue } from '@jixiao/indicator-value';
import { configureProfile } from './profile-settings';
import { scoreProject } from './score-project';
import { STANDARD_PROFILE } from './scoring-profile';

describe('configureProfile', () => {
  it('fills in the defaults of the standard profile and returns a copy', () => {
    const { profile, settings } = configureProfile('standard');
    expect(settings).toEqual({ reverseRule: 'target-over-actual', overAchievementPercent: '120' });
    expect(profile).toEqual(STANDARD_PROFILE);
    expect(profile).not.toBe(STANDARD_PROFILE);
    profile.grades[0].min = '95';
    expect(STANDARD_PROFILE.grades[0].min).toBe('90');
  });

  it('applies the reverse convention and the over-achievement threshold', () => {
    const { profile, settings } = configureProfile('standard', {
      reverseRule: 'relative-excess',
      overAchievementPercent: '150.0',
    });
    expect(settings).toEqual({ reverseRule: 'relative-excess', overAchievementPercent: '150' });
    expect(profile).toMatchObject({
      id: 'standard',
      reverseRule: 'relative-excess',
      overAchievementPercent: '150',
    });
  });

  it('has no settings for jinkouhe', () => {
    expect(configureProfile('jinkouhe').settings).toEqual({});
    expect(() => configureProfile('jinkouhe', { reverseRule: 'relative-excess' })).toThrow(
      expect.objectContaining({
        code: 'SCORING.PROFILE_INVALID',
        message: expect.stringContaining('reverseRule'),
      }),
    );
  });

  it.each(['100', '99', '1000.1', 'abc'])('refuses an over-achievement threshold of %s', (percent) => {
    expect(() => configureProfile('standard', { overAchievementPercent: percent })).toThrow(
      expect.objectContaining({ code: 'SCORING.PROFILE_INVALID' }),
    );
  });

  it('refuses an unknown reverse convention', () => {
    expect(() => configureProfile('standard', { reverseRule: 'halved' as never })).toThrow(
      expect.objectContaining({ code: 'SCORING.PROFILE_INVALID' }),
    );
  });

  // `≤5万元` missed with 6万元, weight 90: 90 × 5 / 6 = 75, or 90 × (1 − (6 − 5) / 5) = 72.
  it.each([
    ['target-over-actual', '75'],
    ['relative-excess', '72'],
  ] as const)('scores a missed reverse target with %s: %s', (reverseRule, expected) => {
    const target = parseIndicatorValue({ value: '≤5万元', name: '成本' });
    const { profile } = configureProfile('standard', { reverseRule });
    const score = scoreProject(
      {
        indicators: [
          {
            level1: '产出指标',
            level2: '成本指标',
            level3: '成本',
            target: target.value,
            direction: target.direction,
            weight: Decimal.parse('90'),
            actual: parseActualValue('6万元'),
            deductionReason: '超支',
          },
        ],
        budget: Decimal.parse('1'),
        executed: Decimal.parse('1'),
      },
      profile,
    );
    expect(score.rows[0].score?.toString()).toBe(expected);
  });
});
