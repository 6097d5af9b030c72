import { json, RequestHandler } from 'express';
import { DomainError } from './domain-error';

/** Deepest nesting of arrays and objects a JSON body may have: the DTOs need 4; 32 leaves room and stays far from the stack. */
export const MAX_JSON_DEPTH = 32;

/**
 * The JSON body parser of the API: bodies over `maxBytes` are refused (413 `REQUEST.TOO_LARGE`, mapped by the
 * filter) before they are read whole, and bodies nested deeper than MAX_JSON_DEPTH are refused (400
 * `REQUEST.TOO_DEEP`) on their raw bytes, before `JSON.parse` could recurse into a stack overflow and before
 * validation. Registered before Nest's own parser, which then leaves JSON to it (same name, `jsonParser`).
 */
export function jsonBodyParser(maxBytes: number): RequestHandler {
  return json({
    limit: maxBytes,
    verify: (_req, _res, body) => {
      const depth = jsonDepthBeyond(body, MAX_JSON_DEPTH);
      if (depth !== null) {
        throw new DomainError('invalid', 'REQUEST.TOO_DEEP', `请求体嵌套过深：超过 ${MAX_JSON_DEPTH} 层`, {
          limit: MAX_JSON_DEPTH,
          offset: depth,
        });
      }
    },
  });
}

/**
 * Scans raw JSON bytes for `[` and `{` outside strings: the byte offset where nesting first passes `max`, or
 * null. Linear, no recursion; malformed JSON is left to the parser.
 */
export function jsonDepthBeyond(bytes: Uint8Array, max: number): number | null {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i += 1) {
    const byte = bytes[i];
    if (inString) {
      if (byte === 0x5c)
        i += 1; // backslash: skip the escaped byte (`\"`, `\\`)
      else if (byte === 0x22) inString = false;
    } else if (byte === 0x22) inString = true;
    else if (byte === 0x5b || byte === 0x7b) {
      depth += 1;
      if (depth > max) return i;
    } else if (byte === 0x5d || byte === 0x7d) depth -= 1;
  }
  return null;
}
