import type { Decimal } from '@jixiao/decimal';
import type { IndicatorValue } from '@jixiao/indicator-value';
import type { CompiledProfile } from '../compiled-profile';
import type { FindingCode } from '../finding';
import type { ScoringProfile } from '../scoring-profile';
import type { IndicatorInput } from '../scoring-input';
import type { ReasonCode } from '../scoring-result';
import type { RuleId } from './rule-id';

export type TargetKind = IndicatorValue['kind'];

/** What a rule decided for a row; `finding` names what a reviewer must look at when the rule cannot score. */
export interface RuleOutcome {
  score: Decimal | null;
  reason: ReasonCode;
  finding?: FindingCode;
}

/**
 * One scoring case (the ghostfolio rule pattern): `evaluate` returns null when the case does not apply,
 * and the engine asks the next rule. Rules are stateless singletons; the profile carries the settings.
 */
export interface ScoringRule {
  readonly id: RuleId;
  /** Target kinds the rule can decide; the compiled profile keeps one ordered rule list per kind. */
  readonly targetKinds: readonly TargetKind[];
  /** true for rules of the standard method (a profile that does not show the case says it fell back to it). */
  readonly standardCase: boolean;
  /** The human reason for rows this rule decides, under the given profile's settings. */
  describe(profile: ScoringProfile): string;
  evaluate(row: IndicatorInput, context: RuleContext): RuleOutcome | null;
}

/** What a rule may read besides the row: the compiled profile and the evaluation year. */
export interface RuleContext {
  profile: CompiledProfile;
  /** Completes deadlines printed without a year. */
  year: number | null;
}

export const ALL_TARGET_KINDS: readonly TargetKind[] = [
  'number',
  'deadline',
  'as-actual',
  'qualitative',
  'empty',
];
