import { Decimal } from '@jixiao/decimal';
import { ExecutionEvaluation, RuleSet, evaluateExecution, monthEnd } from '@jixiao/monitoring';

/** One stored execution record, as the evaluation needs it. */
export interface RecordedExecution {
  asOf: string;
  executed: Decimal;
  adjustedBudget: Decimal | null;
  reason: string | null;
}

export interface ProjectExecutionState {
  fiscalYear: number;
  /** 预算数 of the project. */
  budget: Decimal | null;
  /** The project's records in date order. */
  records: readonly RecordedExecution[];
  /** Today (Shanghai day) per the injected clock. */
  today: string;
  ruleSet: RuleSet;
  /** 原因说明 written on the project's shortfall flag, which wins over one that came with a record. */
  writtenReason: string | null;
}

export interface ProjectEvaluation extends ExecutionEvaluation {
  /** The date the project was measured at. */
  asOf: string;
  yearEnd: boolean;
}

/**
 * Measures a project from its latest record. A record dated 31 December is the year-end figure: year-end
 * rules apply. Otherwise the in-year rules apply as of today (the latest cumulative amount is what is known
 * to have been spent by now, so a project that stops reporting falls behind the 序时进度), never before the
 * latest record and never past the year end. No record: nothing to measure, so no flag.
 */
export function evaluateProject(state: ProjectExecutionState): ProjectEvaluation | null {
  const latest = state.records.at(-1);
  if (!latest) return null;
  const yearEndDate = monthEnd(state.fiscalYear, 12);
  const yearEnd = latest.asOf === yearEndDate;
  const asOf = yearEnd ? yearEndDate : clamp(state.today, latest.asOf, yearEndDate);
  const evaluation = evaluateExecution({
    budget: state.budget,
    adjustedBudget: latest.adjustedBudget,
    executed: latest.executed,
    asOf,
    fiscalYear: state.fiscalYear,
    yearEnd,
    reason: state.writtenReason ?? latest.reason,
    ruleSet: state.ruleSet,
  });
  return { ...evaluation, asOf, yearEnd };
}

/** ISO dates compare as text. */
function clamp(date: string, earliest: string, latest: string): string {
  if (date < earliest) return earliest;
  return date > latest ? latest : date;
}
