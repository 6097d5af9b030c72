import { applyDecorators } from '@nestjs/common';
import { Matches, ValidationOptions } from 'class-validator';

/**
 * A decimal written as a string (`1672.81`), so no amount ever passes through a float on the way in.
 * Budgets and weights are never negative, and 14 integer digits is what `numeric(16,2)` holds.
 */
export function IsDecimalString(places: number, options: ValidationOptions = {}): PropertyDecorator {
  return applyDecorators(
    Matches(new RegExp(`^\\d{1,14}(\\.\\d{1,${places}})?$`), {
      message: `$property must be a non-negative decimal string with at most 14 digits and ${places} decimals, e.g. "1672.81"`,
      ...options,
    }),
  );
}
