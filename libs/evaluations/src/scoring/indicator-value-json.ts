import { Decimal } from '@jixiao/decimal';
import type { IndicatorValue } from '@jixiao/indicator-value';

/** An IndicatorValue as stored in jsonb: the same shape, the amount as a decimal string. */
export type IndicatorValueJson = Record<string, unknown>;

export function indicatorValueToJson(value: IndicatorValue): IndicatorValueJson {
  return value.kind === 'number' ? { ...value, amount: value.amount.toString() } : { ...value };
}

/** The stored form back as an IndicatorValue (the amount as Decimal again). */
export function indicatorValueFromJson(json: IndicatorValueJson): IndicatorValue {
  if (json.kind === 'number' && typeof json.amount === 'string')
    return { ...json, amount: Decimal.parse(json.amount) } as unknown as IndicatorValue;
  return json as unknown as IndicatorValue;
}
