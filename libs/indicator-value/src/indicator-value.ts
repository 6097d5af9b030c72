import { Decimal } from '@jixiao/decimal';

/**
 * 指标性质 — the operator of a target. `定性` marks a qualitative (text) target.
 * Printed forms (`>=`, `＞`, `＝`, `≥ `, folded into the value …) are normalised to these six.
 */
export type Operator = '=' | '≥' | '≤' | '>' | '<' | '定性';

/** 指标方向性: 正向 higher is better, 反向 lower is better, 等于 exact. */
export type Direction = 'positive' | 'reverse' | 'exact';

/**
 * The parsed form of an indicator value (指标值 with its 指标性质 and 度量单位), as a target or as an
 * actual (实际完成值). `text` always keeps what was printed, verbatim.
 */
export type IndicatorValue =
  /** A number with an optional unit: `≥95%`, `5次`, `≤1.5万元`, `1,672.81`. Percent is unit `%` (also for `百分比`, `％`). */
  | { kind: 'number'; operator: Operator; amount: Decimal; unit: string | null; text: string }
  /** A date or deadline: `2023年12月31日前`, `8月底前`, `= 12 月`, `≤ 4 月`. `year` null where not printed. */
  | { kind: 'deadline'; operator: Operator; year: number | null; month: number; day: number | null; text: string }
  /** `据实` (as actually happens): no fixed number. */
  | { kind: 'as-actual'; operator: Operator; unit: string | null; text: string }
  /** Qualitative text: `优`, `长效`, `有效缓解`, `符合客观需要`. operator is `定性`. */
  | { kind: 'qualitative'; operator: '定性'; label: string; text: string }
  /** Nothing printed (a lost or empty cell). */
  | { kind: 'empty'; operator: Operator | null; text: string };

/** A non-fatal observation made while parsing a value, e.g. an implied operator. */
export interface ValueWarning {
  code: ValueWarningCode;
  message: string;
}

export type ValueWarningCode =
  | 'OPERATOR_IMPLIED' // `95%` with no operator: treated as ≥
  | 'REVERSE_RATE_WITH_GE' // 投诉率 ≥ 0: a rate that is reverse by nature printed with ≥
  | 'VALUE_MISSING' // empty 指标值
  | 'OPERATOR_CONFLICT' // operator column and value disagree, an unknown operator, or 指标方向性 contradicting the operator
  | 'UNIT_CONFLICT'; // unit column and unit in value disagree

export interface ParsedIndicatorValue {
  value: IndicatorValue;
  direction: Direction;
  warnings: ValueWarning[];
}
