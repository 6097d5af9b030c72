import type { RuleId } from './rules/rule-id';

/** 自评等级: 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 < 60. */
export type Grade = '优' | '良' | '中' | '差';

/**
 * How a project's self-evaluation is scored, as plain data: it is stored with every evaluation
 * (JSON, decimals as strings) so that a rescore months later gives the same numbers.
 */
export interface ScoringProfile {
  id: string;
  /** Bump when a rule's meaning changes; stored evaluations keep the version they were scored with. */
  version: number;
  title: string;
  /**
   * A positive percentage target missed (`≥99%` vs `57%`):
   * `actual-rate` = weight × actual rate (Jinkouhe, 5.7); `actual-over-target` = weight × actual / target (standard, 5.8).
   */
  percentTargetMissed: 'actual-rate' | 'actual-over-target';
  /**
   * A reverse target (≤, <) missed: `target-over-actual` = weight × target / actual;
   * `relative-excess` = weight × (1 − (actual − target) / target), floored at 0.
   */
  reverseRule: 'target-over-actual' | 'relative-excess';
  /** A deadline missed: `proportional` scores the days from 1 January like a reverse target (same reverseRule); `zero` gives 0. */
  lateDeadline: 'proportional' | 'zero';
  /** 偏离度: an actual at or above this percentage of a positive target is flagged for a reason. */
  overAchievementPercent: string;
  /** Sichuan form: an execution rate below this percentage needs a written reason. */
  executionReasonPercent: string;
  /** 预算执行率 is worth this many points (10). */
  executionRateWeight: string;
  /** The indicators of a project are worth this many points together (90). */
  indicatorWeightSum: string;
  /** true: a project whose weights do not add up to indicatorWeightSum is refused; false: it is a finding. */
  requireIndicatorWeightSum: boolean;
  /** Lowest total for each grade, best first. */
  grades: { grade: Grade; min: string }[];
  /**
   * The cases this profile's source tables actually show. A row decided by any other rule is scored
   * by the standard rule and its reason says so. null: the profile is the standard itself.
   */
  shownBySource: RuleId[] | null;
  /** Named in fallback reasons: where the shown cases come from. */
  sourceLabel: string | null;
}

const COMMON = {
  reverseRule: 'target-over-actual',
  lateDeadline: 'proportional',
  overAchievementPercent: '120',
  executionReasonPercent: '90',
  executionRateWeight: '10',
  indicatorWeightSum: '90',
  requireIndicatorWeightSum: false,
  grades: [
    { grade: '优', min: '90' },
    { grade: '良', min: '80' },
    { grade: '中', min: '60' },
    { grade: '差', min: '0' },
  ],
} as const satisfies Partial<ScoringProfile>;

/** 财预〔2020〕10号 practice (domain.md §6). */
export const STANDARD_PROFILE: ScoringProfile = {
  ...COMMON,
  grades: COMMON.grades.map((g) => ({ ...g })),
  id: 'standard',
  version: 1,
  title: '标准规则（财预〔2020〕10号）',
  percentTargetMissed: 'actual-over-target',
  shownBySource: null,
  sourceLabel: null,
};

/** The rules inferred from every scored row of 金口河区医疗保障局 2023 自评表 (domain.md §5); the default. */
export const JINKOUHE_PROFILE: ScoringProfile = {
  ...COMMON,
  grades: COMMON.grades.map((g) => ({ ...g })),
  id: 'jinkouhe',
  version: 1,
  title: '金口河区自评口径',
  percentTargetMissed: 'actual-rate',
  shownBySource: [
    'target-met',
    'percent-target-missed',
    'completion-rate',
    'reverse-cap-percent',
    'deadline-met',
    'qualitative-match',
  ],
  sourceLabel: '金口河区2023年自评表',
};

export const SCORING_PROFILES = { jinkouhe: JINKOUHE_PROFILE, standard: STANDARD_PROFILE } as const;
export type ScoringProfileId = keyof typeof SCORING_PROFILES;
export const DEFAULT_PROFILE_ID: ScoringProfileId = 'jinkouhe';
