import { Decimal } from '@jixiao/decimal';
import { AmountInput, parseAmount } from './amount';
import { Ratio } from './ratio';

/** Which budget the rate is measured against. */
export type BudgetBasis = 'adjusted' | 'budget';

export interface ExecutionAmounts {
  /** 全年预算数 (万元). */
  budget: AmountInput;
  /** 调整后预算数: Sichuan measures against it when the budget was adjusted during the year. */
  adjustedBudget?: AmountInput;
  /** 全年执行数 / 累计执行数 (万元). */
  executed: AmountInput;
}

/** 预算执行率 = executed / base, exact, where base is the budget (the adjusted one when present). */
export type ExecutionRate = MeasuredExecution | UnmeasuredExecution;

export interface MeasuredExecution {
  base: Decimal;
  basis: BudgetBasis;
  executed: Decimal;
  rate: Ratio;
}

/** No budget to measure against: missing (null) or zero. The rate is undefined, never an error. */
export interface UnmeasuredExecution {
  base: Decimal | null;
  basis: BudgetBasis;
  executed: Decimal;
  rate: undefined;
}

/**
 * 预算执行率. A missing executed amount counts as nothing spent (a blank cell in a money block);
 * a missing or zero budget leaves the rate undefined, which callers show as such.
 */
export function executionRate(amounts: ExecutionAmounts): ExecutionRate {
  const adjusted = parseAmount(amounts.adjustedBudget, 'adjustedBudget');
  const budget = parseAmount(amounts.budget, 'budget');
  const executed = parseAmount(amounts.executed, 'executed') ?? Decimal.ZERO;
  const basis: BudgetBasis = adjusted !== null ? 'adjusted' : 'budget';
  const base = adjusted ?? budget;
  const rate = base === null ? undefined : Ratio.of(executed, base);
  return rate === undefined || base === null
    ? { base, basis, executed, rate: undefined }
    : { base, basis, executed, rate };
}
