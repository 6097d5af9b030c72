import { Decimal } from '@jixiao/decimal';
import { ValueTransformer } from 'typeorm';

/**
 * PostgreSQL `numeric` ↔ `Decimal`. The driver hands numerics over as strings, so nothing passes
 * through a float on the way in or out.
 */
export const decimalTransformer: ValueTransformer = {
  to: (value: Decimal | null | undefined) => (value == null ? value : value.toString()),
  from: (value: string | null) => (value == null ? null : Decimal.parse(value)),
};

/** Column options for money in 万元: numeric(16,2). */
export const moneyColumn = {
  type: 'numeric',
  precision: 16,
  scale: 2,
  transformer: decimalTransformer,
} as const;
/** Column options for a score or weight: numeric(6,1) / numeric(7,2). */
export const scoreColumn = {
  type: 'numeric',
  precision: 6,
  scale: 1,
  transformer: decimalTransformer,
} as const;
export const weightColumn = {
  type: 'numeric',
  precision: 7,
  scale: 2,
  transformer: decimalTransformer,
} as const;
/** An indicator amount as printed (counts, percentages, 万元): wide enough for any published figure. */
export const amountColumn = {
  type: 'numeric',
  precision: 20,
  scale: 6,
  transformer: decimalTransformer,
} as const;
