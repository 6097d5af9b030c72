import { Decimal } from '@jixiao/decimal';
import { ImportResult } from '@jixiao/importers';
import { ImportOptions } from './import-options';

/** What a previewed batch keeps until commit: the parsed documents and the uploader's options. */
export interface ImportPayload {
  result: ImportResult;
  options: ImportOptions;
}

const DECIMAL_TAG = '$decimal';

/**
 * JSON text for the batch's jsonb column. Decimals are tagged (`{"$decimal":"1672.81"}`) so the
 * commit gets exact Decimals back wherever the importer put them, without a list of fields to revive.
 */
export function encodePayload(payload: ImportPayload): string {
  return JSON.stringify(payload, function (this: Record<string, unknown>, key: string, value: unknown) {
    const raw = this[key];
    return raw instanceof Decimal ? { [DECIMAL_TAG]: raw.toString() } : value;
  });
}

export function decodePayload(text: string): ImportPayload {
  return JSON.parse(text, (_key, value: unknown) => {
    if (value !== null && typeof value === 'object' && DECIMAL_TAG in value) {
      return Decimal.parse((value as Record<string, string>)[DECIMAL_TAG]);
    }
    return value;
  }) as ImportPayload;
}
