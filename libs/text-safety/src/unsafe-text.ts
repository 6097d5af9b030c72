/**
 * Characters that must never enter the system (不可接受的字符), wherever text comes from: a JSON body, a query
 * string, a multipart field, a line of a published document or a spreadsheet cell.
 *
 * - NUL (U+0000): PostgreSQL text cannot hold it; a `COPY` or an insert with one fails mid-transaction.
 * - A lone surrogate (U+D800–U+DFFF without its pair): not a character at all, cannot be encoded as UTF-8.
 *   `JSON.parse('"\\ud800"')` produces one, so the check runs on parsed values, not on bytes.
 */
export type UnsafeCharacterKind = 'NUL' | 'LONE_SURROGATE';

export interface UnsafeCharacter {
  kind: UnsafeCharacterKind;
  /** 0-based UTF-16 index in the text. */
  index: number;
}

// eslint-disable-next-line no-control-regex -- finding NUL is the point
const UNSAFE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The first NUL or lone surrogate of the text, or null when it has none. Linear in the text. */
export function findUnsafeCharacter(text: string): UnsafeCharacter | null {
  const match = UNSAFE.exec(text);
  if (match === null) return null;
  return { kind: match[0] === '\u0000' ? 'NUL' : 'LONE_SURROGATE', index: match.index };
}

/** How the refused character is named to a user (Chinese). */
export const UNSAFE_CHARACTER_LABEL: Record<UnsafeCharacterKind, string> = {
  NUL: '空字符（U+0000）',
  LONE_SURROGATE: '不成对的代理字符（无效的 Unicode）',
};
