import type { Decimal } from '@jixiao/decimal';
import type { Finding } from './finding';
import type { RuleId } from './rules/rule-id';
import type { Grade } from './scoring-profile';

/**
 * Why a row has its score. `met`: target reached, full weight; `completion-rate`: a percentage actual read as
 * the share done; `proportional`: a missed target scored in proportion; `band`: an evaluator's band and score;
 * `manual`: set by hand; `needs-decision`: no rule can decide, a reviewer must; `not-entered`: no actual yet;
 * `execution-rate`: the 预算执行率 row.
 */
export type ReasonCode =
  | 'met'
  | 'completion-rate'
  | 'proportional'
  | 'band'
  | 'manual'
  | 'needs-decision'
  | 'not-entered'
  | 'execution-rate';

export interface ScoredRow {
  /** Index of the row in ProjectInput.indicators. */
  index: number;
  level3: string;
  weight: Decimal;
  /** Half-up to 1 place; null when the row needs a decision or has no actual. */
  score: Decimal | null;
  reason: ReasonCode;
  rule: RuleId;
  /** Human reason (Chinese); names the standard rule when the profile falls back to it. */
  reasonText: string;
  /** true when the profile's source does not show this case and the standard rule decided it. */
  fallback: boolean;
}

/** 预算执行率 row. */
export interface ExecutionRateScore {
  budget: Decimal | null;
  executed: Decimal | null;
  /** executed / budget in percent, half-up to 1 place (56.7); null when the budget is zero or missing. */
  rate: Decimal | null;
  weight: Decimal;
  /** weight × min(executed / budget, 1), half-up to 1 place; null when it cannot be computed. */
  score: Decimal | null;
  reason: ReasonCode;
  reasonText: string;
}

export interface ProjectScore {
  profile: { id: string; version: number };
  executionRate: ExecutionRateScore;
  rows: ScoredRow[];
  /** Sum of the rounded row scores and the execution-rate score; null while any of them is null. */
  total: Decimal | null;
  /** Sum of the scores known so far (equals total when complete). */
  partialTotal: Decimal;
  /** From total; null while total is null. */
  grade: Grade | null;
  findings: Finding[];
}
