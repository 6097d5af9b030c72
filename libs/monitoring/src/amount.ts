import { Decimal } from '@jixiao/decimal';
import { MonitoringError } from './monitoring-error';

/**
 * An amount in 万元 as callers hold it: a Decimal, the string a database `numeric` column or a
 * published table gives (`'1,672.81'`), or nothing (an empty 其他资金 cell is `''`).
 */
export type AmountInput = Decimal | string | null | undefined;

/** The amount, or null when the cell is empty; refuses text that is not a number and negative amounts. */
export function parseAmount(
  input: AmountInput,
  field: string,
  index: number | null = null,
  asOf: string | null = null,
): Decimal | null {
  if (input === null || input === undefined) return null;
  if (input instanceof Decimal) return requireNonNegative(input, field, index, asOf);
  if (input.trim() === '') return null;
  const value = Decimal.tryParse(input);
  if (value === null)
    throw new MonitoringError('INVALID_AMOUNT', `${field} 不是数字："${input}"`, field, index, asOf);
  return requireNonNegative(value, field, index, asOf);
}

function requireNonNegative(
  value: Decimal,
  field: string,
  index: number | null,
  asOf: string | null,
): Decimal {
  if (value.isNegative())
    throw new MonitoringError(
      'NEGATIVE_AMOUNT',
      `${field} 不能为负数：${value.toString()}`,
      field,
      index,
      asOf,
    );
  return value;
}
