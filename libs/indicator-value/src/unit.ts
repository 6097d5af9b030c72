import { sharedText } from './shared-text';

/** Spellings of percent that all mean unit `%` (after normalisePrintedText turned `％` into `%`). */
const PERCENT_SPELLINGS: ReadonlySet<string> = new Set(['%', '百分比', '百分率']);

/** 度量单位 normalised: `百分比` → `%`; empty → null. Expects normalisePrintedText output (`万 条` already `万条`). */
export function normaliseUnit(text: string): string | null {
  if (text === '') return null;
  // Shared: a parsed value keeps its unit, and a table repeats the same few units on every row.
  return PERCENT_SPELLINGS.has(text) ? '%' : sharedText(text);
}
