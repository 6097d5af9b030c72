import { Decimal } from '@jixiao/decimal';
import { SCORING_RULES } from './rules';
import type { RuleId } from './rules/rule-id';
import { ALL_TARGET_KINDS, ScoringRule, TargetKind } from './rules/scoring-rule';
import type { Grade, ScoringProfile } from './scoring-profile';
import { ScoringValidationError } from './scoring-validation.error';

/** A profile read once into the form the hot path wants: decimals parsed, rules sorted by target kind, texts built. */
export interface CompiledProfile {
  readonly source: ScoringProfile;
  readonly percentTargetMissed: ScoringProfile['percentTargetMissed'];
  readonly reverseRule: ScoringProfile['reverseRule'];
  readonly lateDeadline: ScoringProfile['lateDeadline'];
  readonly overAchievementPercent: Decimal;
  readonly executionReasonPercent: Decimal;
  readonly executionRateWeight: Decimal;
  readonly indicatorWeightSum: Decimal;
  readonly requireIndicatorWeightSum: boolean;
  readonly grades: readonly { grade: Grade; min: Decimal }[];
  readonly rulesByTargetKind: Readonly<Record<TargetKind, readonly ScoringRule[]>>;
  /** Reason text per rule, with the fallback note where the profile's source does not show the case. */
  readonly reasonText: Readonly<Record<RuleId, string>>;
  readonly fallback: Readonly<Record<RuleId, boolean>>;
}

const cache = new WeakMap<ScoringProfile, CompiledProfile>();

/** Compiles (once per profile object) and checks a profile, e.g. one read back from the database. */
export function compileProfile(profile: ScoringProfile): CompiledProfile {
  let compiled = cache.get(profile);
  if (!compiled) {
    compiled = build(profile);
    cache.set(profile, compiled);
  }
  return compiled;
}

function build(profile: ScoringProfile): CompiledProfile {
  oneOf(profile, 'percentTargetMissed', ['actual-rate', 'actual-over-target']);
  oneOf(profile, 'reverseRule', ['target-over-actual', 'relative-excess']);
  oneOf(profile, 'lateDeadline', ['proportional', 'zero']);
  const reasonText = {} as Record<RuleId, string>;
  const fallback = {} as Record<RuleId, boolean>;
  for (const rule of SCORING_RULES) {
    const fellBack =
      profile.shownBySource !== null && rule.standardCase && !profile.shownBySource.includes(rule.id);
    fallback[rule.id] = fellBack;
    reasonText[rule.id] = fellBack
      ? `${rule.describe(profile)}（${profile.sourceLabel ?? profile.title}未见此情形，按标准规则计分）`
      : rule.describe(profile);
  }
  const rulesByTargetKind = Object.fromEntries(
    ALL_TARGET_KINDS.map((kind) => [kind, SCORING_RULES.filter((rule) => rule.targetKinds.includes(kind))]),
  ) as Record<TargetKind, ScoringRule[]>;
  return {
    source: profile,
    percentTargetMissed: profile.percentTargetMissed,
    reverseRule: profile.reverseRule,
    lateDeadline: profile.lateDeadline,
    overAchievementPercent: amount(profile, 'overAchievementPercent'),
    executionReasonPercent: amount(profile, 'executionReasonPercent'),
    executionRateWeight: amount(profile, 'executionRateWeight'),
    indicatorWeightSum: amount(profile, 'indicatorWeightSum'),
    requireIndicatorWeightSum: profile.requireIndicatorWeightSum === true,
    grades: profile.grades.map((g) => ({ grade: g.grade, min: parseSetting(g.min, `grades.${g.grade}`) })),
    rulesByTargetKind,
    reasonText,
    fallback,
  };
}

type DecimalSetting =
  'overAchievementPercent' | 'executionReasonPercent' | 'executionRateWeight' | 'indicatorWeightSum';

function amount(profile: ScoringProfile, key: DecimalSetting): Decimal {
  return parseSetting(profile[key], key);
}

function parseSetting(text: string, key: string): Decimal {
  const value = typeof text === 'string' ? Decimal.tryParse(text) : null;
  if (value === null || value.isNegative()) {
    throw new ScoringValidationError(
      'SCORING.PROFILE_INVALID',
      `评分口径设置 ${key} 须为非负小数：${String(text)}`,
    );
  }
  return value;
}

function oneOf<K extends keyof ScoringProfile>(
  profile: ScoringProfile,
  key: K,
  allowed: readonly ScoringProfile[K][],
): void {
  if (!allowed.includes(profile[key])) {
    throw new ScoringValidationError(
      'SCORING.PROFILE_INVALID',
      `评分口径设置 ${key} 须为以下之一：${allowed.join('、')}（收到 ${String(profile[key])}）`,
    );
  }
}
