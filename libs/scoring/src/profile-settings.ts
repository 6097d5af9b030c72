import { Decimal } from '@jixiao/decimal';
import { compileProfile } from './compiled-profile';
import { SCORING_PROFILES, ScoringProfile, ScoringProfileId } from './scoring-profile';
import { ScoringValidationError } from './scoring-validation.error';

/**
 * What a department may set on the profile it chooses for a year (domain.md §6): the reverse-indicator
 * convention and the over-achievement (偏离度) threshold. Only the standard profile has settings: the
 * jinkouhe profile is the district's inferred practice and stays as inferred.
 */
export interface ProfileSettings {
  reverseRule?: ScoringProfile['reverseRule'];
  overAchievementPercent?: string;
}

export const PROFILE_SETTING_KEYS: Record<ScoringProfileId, readonly (keyof ProfileSettings)[]> = {
  jinkouhe: [],
  standard: ['reverseRule', 'overAchievementPercent'],
};

/** Below 100 % every met target would be "over-achieved"; above 1000 % nothing realistic is. */
const MIN_OVER_ACHIEVEMENT = Decimal.fromInt(100);
const MAX_OVER_ACHIEVEMENT = Decimal.fromInt(1000);

/**
 * The profile with the department's settings applied (a fresh copy, safe to store), and the settings in
 * full (defaults filled in), so a later change of a default does not change a department's choice.
 * Throws ScoringValidationError (SCORING.PROFILE_INVALID) for a setting the profile does not have or a bad value.
 */
export function configureProfile(
  id: ScoringProfileId,
  settings: ProfileSettings = {},
): { profile: ScoringProfile; settings: ProfileSettings } {
  const allowed = PROFILE_SETTING_KEYS[id];
  const given = (Object.keys(settings) as (keyof ProfileSettings)[]).filter((k) => settings[k] !== undefined);
  const foreign = given.filter((key) => !allowed.includes(key));
  if (foreign.length > 0) {
    throw new ScoringValidationError(
      'SCORING.PROFILE_INVALID',
      `评分口径 ${id} 没有设置项 ${foreign.join('、')}${allowed.length ? `（可设置：${allowed.join('、')}）` : ''}`,
    );
  }
  const profile: ScoringProfile = { ...structuredClone(SCORING_PROFILES[id]), ...pick(settings, allowed) };
  if (settings.overAchievementPercent !== undefined) {
    const percent = Decimal.tryParse(settings.overAchievementPercent);
    if (percent === null || percent.lte(MIN_OVER_ACHIEVEMENT) || percent.gt(MAX_OVER_ACHIEVEMENT)) {
      throw new ScoringValidationError(
        'SCORING.PROFILE_INVALID',
        `overAchievementPercent 须为大于 100、不超过 1000 的小数：${settings.overAchievementPercent}`,
      );
    }
    profile.overAchievementPercent = percent.toString();
  }
  compileProfile(profile); // checks reverseRule and every other setting
  return { profile, settings: pick(profile, allowed) };
}

function pick(source: ProfileSettings, keys: readonly (keyof ProfileSettings)[]): ProfileSettings {
  const picked: ProfileSettings = {};
  for (const key of keys) if (source[key] !== undefined) Object.assign(picked, { [key]: source[key] });
  return picked;
}
