import { Matches, ValidationOptions } from 'class-validator';

/**
 * A decimal written as a string (`0.85`), so no amount or score passes through a float on the way in.
 * A sign is accepted here so that a negative amount reaches the engine, which refuses it naming the row.
 */
export function IsDecimalString(places: number, options: ValidationOptions = {}): PropertyDecorator {
  return Matches(new RegExp(`^-?\\d{1,14}(\\.\\d{1,${places}})?$`), {
    message: `$property must be a decimal string with at most ${places} decimals, e.g. "0.85"`,
    ...options,
  });
}
