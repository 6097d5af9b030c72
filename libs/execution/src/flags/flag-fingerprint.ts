import { Flag } from '@jixiao/monitoring';

/**
 * What makes two computations "the same finding": the figures, not the wording nor the day it was measured
 * on. A reviewer's close holds while the fingerprint stays the same; a new figure reopens the question.
 * Keys are sorted at every level, since a jsonb column does not keep the order they were written in.
 */
export function flagFingerprint(flag: Flag | Record<string, unknown>): string {
  const { message: _message, asOf: _asOf, ...figures } = flag as Record<string, unknown>;
  return stableJson(figures);
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
