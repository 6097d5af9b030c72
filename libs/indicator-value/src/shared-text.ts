/**
 * One string instance per distinct short text that repeats across the rows of a table (units `%`, `次`,
 * printed targets `≥ 90 %`, level names). Every row's cells are fresh strings cut from its line; a parsed
 * indicator keeps some of them for the life of the import, so a province-scale document would otherwise
 * retain one copy per row. Strings are immutable, so sharing changes nothing but memory. Bounded like
 * Decimal.tryParseShared: emptied when full.
 */
const LIMIT = 4096;
/**
 * Only short texts are shared. Longer ones are seldom repeated, and V8 cuts a substring of 13 or more
 * characters as a slice of the whole document: keeping one here would keep the document alive.
 */
const MAX_LENGTH = 12;
const known = new Map<string, string>();

export function sharedText(text: string): string {
  if (text.length > MAX_LENGTH) return text;
  const existing = known.get(text);
  if (existing !== undefined) return existing;
  if (known.size >= LIMIT) known.clear();
  known.set(text, text);
  return text;
}
