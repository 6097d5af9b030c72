import { Decimal } from '@jixiao/decimal';
import { applicableCheckpoint } from './checkpoint';
import {
  BudgetBasis,
  ExecutionAmounts,
  ExecutionRate,
  MeasuredExecution,
  UnmeasuredExecution,
  executionRate,
} from './execution-rate';
import { parseDate } from './fiscal-date';
import { ExecutionFigures, Flag, LaggingFlag } from './flag';
import { Ratio } from './ratio';
import { Checkpoint, LightColour, RuleSet } from './rule-set';
import { SEVERITY_LABEL, Severity, maxSeverity } from './severity';
import { timeProgress } from './time-progress';
import { trafficLight } from './time-progress-light';

export interface ExecutionInput extends ExecutionAmounts {
  /** 截至日期 of the executed figure, `YYYY-MM-DD` (Shanghai day; see `shanghaiDate`). */
  asOf: string;
  fiscalYear: number;
  /** true for the final (决算/自评) figures, false for in-year monitoring. */
  yearEnd: boolean;
  /** 原因说明 given for a shortfall, if any. */
  reason?: string | null;
  ruleSet: RuleSet;
}

export interface ExecutionEvaluation {
  /** The budget the rate divides by, null when none was given. */
  budget: Decimal | null;
  basis: BudgetBasis;
  executed: Decimal;
  /** 预算执行率, exact; undefined when the budget is missing or zero. */
  rate: Ratio | undefined;
  /** The rate for display, % to 1 place half-up (`'56.7'`), undefined with the rate. */
  ratePercent: string | undefined;
  /** In year only: 序时进度 (month / 12). */
  timeProgress?: Ratio;
  /** In year only, with a budget: progress / time progress. */
  progressRatio?: Ratio;
  /** In year only, when the rule set has a light and there is a budget. */
  light?: LightColour;
  /** In year only: the checkpoint that governs the date and whether it was met. */
  checkpoint?: Checkpoint & { met: boolean };
  flags: Flag[];
}

const NO_BUDGET_SEVERITY: Severity = 'moderate';
const REASON_MISSING_SEVERITY: Severity = 'moderate';
const REASON_TOO_LONG_SEVERITY: Severity = 'minor';

/**
 * 绩效运行监控 / 自评执行率: the rate of one project (or unit, or department) and its flags.
 * In year: LAGGING against the 序时进度 light and the checkpoints (the as-of date must lie in the
 * fiscal year). At year end: UNDER_EXECUTED graded by band, REASON_MISSING / REASON_TOO_LONG where a
 * written reason is required. Either way OVER_EXECUTED when more than the budget was spent and
 * NO_BUDGET when there is no budget to measure against. Thresholds compare the exact rate; only the
 * figures in the flags are rounded.
 */
export function evaluateExecution(input: ExecutionInput): ExecutionEvaluation {
  parseDate(input.asOf);
  const execution = executionRate(input);
  const result: ExecutionEvaluation = {
    budget: execution.base,
    basis: execution.basis,
    executed: execution.executed,
    rate: execution.rate,
    ratePercent: execution.rate?.percentText(),
    flags: [],
  };
  if (!input.yearEnd) evaluateInYear(input, execution, result);

  if (execution.rate === undefined) {
    result.flags.push(noBudgetFlag(execution));
    return result;
  }
  const { rate } = execution;
  const figures = executionFigures(execution);
  if (input.yearEnd) result.flags.push(...yearEndShortfallFlags(input, rate, figures));
  const over = input.ruleSet.yearEnd.overExecuted;
  if (rate.abovePercent(Decimal.parse(over.above))) {
    const excess = execution.executed.sub(execution.base).toString();
    result.flags.push({
      code: 'OVER_EXECUTED',
      severity: over.severity,
      message: `执行数 ${figures.executed} 万元超过预算 ${figures.budget} 万元（超出 ${excess} 万元），执行率 ${figures.rate}%`,
      ...figures,
      excess,
    });
  }
  return result;
}

function evaluateInYear(input: ExecutionInput, execution: ExecutionRate, result: ExecutionEvaluation): void {
  const time = timeProgress(input.asOf, input.fiscalYear);
  result.timeProgress = time;
  if (execution.rate === undefined) return;
  const { rate } = execution;

  const lagging: Partial<LaggingFlag> = {};
  const reasons: string[] = [];
  let severity: Severity | undefined;

  const bands = input.ruleSet.inYear.light?.bands;
  if (bands) {
    const progressRatio = rate.dividedBy(time) as Ratio; // time progress is at least 1/12
    const light = trafficLight(progressRatio, bands);
    result.progressRatio = progressRatio;
    result.light = light.colour;
    if (light.band) {
      lagging.progressRatio = progressRatio.percentText();
      lagging.light = light.band.colour;
      severity = light.band.severity;
      reasons.push(
        `进度比 ${lagging.progressRatio}%（${light.band.colour === 'red' ? '红灯' : '黄灯'}，低于 ${light.band.below}%）`,
      );
    }
  }

  const checkpoint = applicableCheckpoint(input.asOf, input.fiscalYear, input.ruleSet.inYear.checkpoints);
  if (checkpoint) {
    const met = !rate.belowPercent(Decimal.parse(checkpoint.minRate));
    result.checkpoint = { ...checkpoint, met };
    if (!met) {
      lagging.checkpoint = { month: checkpoint.month, minRate: checkpoint.minRate };
      severity = severity ? maxSeverity(severity, checkpoint.severity) : checkpoint.severity;
      reasons.push(`未达 1–${checkpoint.month}月 ${checkpoint.minRate}% 的进度要求`);
    }
  }

  if (severity) {
    const figures = executionFigures(execution);
    result.flags.push({
      code: 'LAGGING',
      severity,
      message: `截至 ${input.asOf} 执行率 ${figures.rate}%，序时进度 ${time.percentText()}%：${reasons.join('；')}`,
      ...figures,
      asOf: input.asOf,
      timeProgress: time.percentText(),
      ...lagging,
    });
  }
}

function yearEndShortfallFlags(input: ExecutionInput, rate: Ratio, figures: ExecutionFigures): Flag[] {
  const { underExecuted, reason: reasonRule } = input.ruleSet.yearEnd;
  if (!rate.belowPercent(Decimal.parse(underExecuted.below))) return [];

  // Bands are in descending `from` order and the last starts at 0, so one always applies.
  const band =
    underExecuted.bands.find((b) => !rate.belowPercent(Decimal.parse(b.from))) ??
    underExecuted.bands[underExecuted.bands.length - 1];
  const reasonRequired = reasonRule !== null && rate.belowPercent(Decimal.parse(reasonRule.requiredBelow));
  const flags: Flag[] = [
    {
      code: 'UNDER_EXECUTED',
      severity: band.severity,
      message: `年度预算执行率 ${figures.rate}%，未执行到位（${SEVERITY_LABEL[band.severity]}）${reasonRequired ? `；低于 ${reasonRule.requiredBelow}% 须说明原因` : ''}`,
      ...figures,
      reasonRequired,
    },
  ];
  if (!reasonRule || !reasonRequired) return flags;

  const reason = input.reason?.trim() ?? '';
  const length = [...reason].length; // characters, not UTF-16 units
  if (length === 0) {
    flags.push({
      code: 'REASON_MISSING',
      severity: REASON_MISSING_SEVERITY,
      message: `执行率 ${figures.rate}% 低于 ${reasonRule.requiredBelow}%，未填写原因说明`,
      rate: figures.rate,
      requiredBelow: reasonRule.requiredBelow,
    });
  } else if (length > reasonRule.maxLength) {
    flags.push({
      code: 'REASON_TOO_LONG',
      severity: REASON_TOO_LONG_SEVERITY,
      message: `原因说明 ${length} 字，超过 ${reasonRule.maxLength} 字上限`,
      length,
      maxLength: reasonRule.maxLength,
    });
  }
  return flags;
}

function executionFigures(execution: MeasuredExecution): ExecutionFigures {
  return {
    budget: execution.base.toString(),
    basis: execution.basis,
    executed: execution.executed.toString(),
    rate: execution.rate.percentText(),
  };
}

function noBudgetFlag(execution: UnmeasuredExecution): Flag {
  return {
    code: 'NO_BUDGET',
    severity: NO_BUDGET_SEVERITY,
    message: `无预算数${execution.base === null ? '' : '（为零）'}，执行率无法计算；执行数 ${execution.executed.toString()} 万元`,
    budget: execution.base === null ? null : execution.base.toString(),
    executed: execution.executed.toString(),
  };
}
