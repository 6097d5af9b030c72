import { BudgetBasis } from './execution-rate';
import { LightColour } from './rule-set';
import { Severity } from './severity';

/**
 * A finding about execution, with a stable code the API and the CLI share. Figures are decimal
 * strings (amounts in 万元 as given, rates in % to 1 place) so a flag is JSON as it stands.
 */
export type Flag =
  | LaggingFlag
  | UnderExecutedFlag
  | OverExecutedFlag
  | NoBudgetFlag
  | ReasonMissingFlag
  | ReasonTooLongFlag
  | UnreconciledFlag;

export type FlagCode = Flag['code'];

interface FlagBase {
  severity: Severity;
  /** Chinese, for people. */
  message: string;
}

/** Amounts behind a rate. `budget` is the one the rate divides by (see `basis`). */
export interface ExecutionFigures {
  budget: string;
  basis: BudgetBasis;
  executed: string;
  /** 预算执行率, %. */
  rate: string;
}

/** 执行进度滞后 (in year): the light is red/yellow and/or a checkpoint was missed. */
export interface LaggingFlag extends FlagBase, ExecutionFigures {
  code: 'LAGGING';
  asOf: string;
  /** 序时进度, %. */
  timeProgress: string;
  /** progress / time progress, %, and the colour it gives; absent when the rule set has no light. */
  progressRatio?: string;
  light?: Exclude<LightColour, 'green'>;
  /** The checkpoint missed, if one was. */
  checkpoint?: { month: number; minRate: string };
}

/** 执行不到位 (year end): rate below 100 %. */
export interface UnderExecutedFlag extends FlagBase, ExecutionFigures {
  code: 'UNDER_EXECUTED';
  /** Whether the rule set demands a written reason for this rate. */
  reasonRequired: boolean;
}

/** 超预算执行: executed more than the budget. */
export interface OverExecutedFlag extends FlagBase, ExecutionFigures {
  code: 'OVER_EXECUTED';
  /** executed − budget (万元). */
  excess: string;
}

/** 无预算数: budget missing or zero, so the rate is undefined. */
export interface NoBudgetFlag extends FlagBase {
  code: 'NO_BUDGET';
  /** The budget as given (`'0'`), null when none was. */
  budget: string | null;
  executed: string;
}

/** 未填写原因说明: a shortfall that needs a written reason has none. */
export interface ReasonMissingFlag extends FlagBase {
  code: 'REASON_MISSING';
  rate: string;
  requiredBelow: string;
}

/** 原因说明超长: the reason is longer than the form allows. */
export interface ReasonTooLongFlag extends FlagBase {
  code: 'REASON_TOO_LONG';
  length: number;
  maxLength: number;
}

/** 合计不符: items do not add up to the total a document states. */
export interface UnreconciledFlag extends FlagBase {
  code: 'UNRECONCILED';
  label: string;
  /** Line of the stated total in the source document, where known. */
  line?: number;
  stated: string;
  sum: string;
  /** sum − stated. */
  difference: string;
  items: number;
  /** How many items the statement counts, where it does (a count that differs is unreconciled too). */
  statedItems?: number;
}
