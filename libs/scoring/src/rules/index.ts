import { asActualNumberRule } from './as-actual-number.rule';
import { completionRateRule } from './completion-rate.rule';
import { deadlineLateRule } from './deadline-late.rule';
import { deadlineMetRule } from './deadline-met.rule';
import { incomparableRule } from './incomparable.rule';
import { manualScoreRule } from './manual-score.rule';
import { notEnteredRule } from './not-entered.rule';
import { percentTargetMissedRule } from './percent-target-missed.rule';
import { positiveMissedRule } from './positive-missed.rule';
import { qualitativeBandRule } from './qualitative-band.rule';
import { qualitativeMatchRule } from './qualitative-match.rule';
import { qualitativeUnmatchedRule } from './qualitative-unmatched.rule';
import { reverseCapPercentRule } from './reverse-cap-percent.rule';
import { reverseMissedRule } from './reverse-missed.rule';
import type { ScoringRule } from './scoring-rule';
import { targetMetRule } from './target-met.rule';
import { targetMissingRule } from './target-missing.rule';

/** Every rule in the order they are asked: the first that applies decides the row. */
export const SCORING_RULES: readonly ScoringRule[] = [
  qualitativeBandRule,
  manualScoreRule,
  notEnteredRule,
  targetMissingRule,
  qualitativeMatchRule,
  qualitativeUnmatchedRule,
  deadlineMetRule,
  deadlineLateRule,
  completionRateRule,
  reverseCapPercentRule,
  asActualNumberRule,
  targetMetRule,
  percentTargetMissedRule,
  positiveMissedRule,
  reverseMissedRule,
  incomparableRule,
];

export type { RuleContext, RuleOutcome, ScoringRule, TargetKind } from './scoring-rule';
export type { RuleId } from './rule-id';
