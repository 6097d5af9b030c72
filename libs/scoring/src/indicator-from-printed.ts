import type { Decimal } from '@jixiao/decimal';
import { parseActualValue, parseIndicatorValue } from '@jixiao/indicator-value';
import type { IndicatorInput } from './scoring-input';

/** One indicator row as a self-evaluation table prints it (or an evaluator types it). */
export interface PrintedIndicatorRow {
  level1: string;
  level2: string;
  level3: string;
  /** 年度指标值, operator folded in: `≥99%`, `≤1.5万元`, `据实`, `优`. */
  target: string;
  /** 实际完成值; null or empty while not entered. */
  actual: string | null;
  weight: Decimal;
  deductionReason?: string | null;
}

/** Parses the printed target and actual into engine input (the target's direction is derived from its operator). */
export function indicatorFromPrinted(row: PrintedIndicatorRow): IndicatorInput {
  const { value, direction } = parseIndicatorValue({ value: row.target, name: row.level3 });
  return {
    level1: row.level1,
    level2: row.level2,
    level3: row.level3,
    target: value,
    weight: row.weight,
    direction,
    actual: row.actual === null ? null : parseActualValue(row.actual),
    deductionReason: row.deductionReason ?? null,
  };
}
