import { normalisePrintedText } from './printed-text';
import { Operator } from './indicator-value';

/** Printed spellings of 指标性质 (after normalisePrintedText), longest first so `>=` wins over `>`. */
const OPERATOR_SPELLINGS: ReadonlyArray<readonly [string, Operator]> = [
  ['>=', '≥'],
  ['<=', '≤'],
  ['≥', '≥'],
  ['≤', '≤'],
  ['=', '='],
  ['>', '>'],
  ['<', '<'],
  ['定性', '定性'],
];

/** Words that say the same as an operator in prose-like values: `不低于90%`, `95%以上`. */
const OPERATOR_PREFIX_WORDS: ReadonlyArray<readonly [string, Operator]> = [
  ['大于等于', '≥'],
  ['不低于', '≥'],
  ['不少于', '≥'],
  ['不小于', '≥'],
  ['小于等于', '≤'],
  ['不高于', '≤'],
  ['不超过', '≤'],
  ['不大于', '≤'],
  ['不多于', '≤'],
  ['大于', '>'],
  ['超过', '>'],
  ['高于', '>'],
  ['小于', '<'],
  ['低于', '<'],
  ['等于', '='],
];
const OPERATOR_SUFFIX_WORDS: ReadonlyArray<readonly [string, Operator]> = [
  ['以上', '≥'],
  ['以下', '≤'],
  ['以内', '≤'],
];

/** An operator printed in any form (`>=`, `＞`, `定 性`), or null when the text is no operator. */
export function readOperator(printed: string): Operator | null {
  return operatorOfColumn(normalisePrintedText(printed)) ?? null;
}

/** The operator column's text, e.g. `≥`, `>=`, `定 性` (already normalised). `undefined` when the text is no operator. */
export function operatorOfColumn(text: string): Operator | null | undefined {
  if (text === '') return null;
  for (const [spelling, operator] of OPERATOR_SPELLINGS) if (text === spelling) return operator;
  if (text === '==' || text === '等于') return '=';
  return undefined;
}

/** Splits an operator folded into the front of a value: `≥930000人` → `≥` and `930000人`. */
export function splitLeadingOperator(text: string): { operator: Operator | null; rest: string } {
  const first = text.charCodeAt(0);
  // Fast exit: every spelling starts with one of > < = ≥ ≤ 定.
  if (first !== 62 && first !== 60 && first !== 61 && first !== 0x2265 && first !== 0x2264 && first !== 0x5b9a) {
    return { operator: null, rest: text };
  }
  for (const [spelling, operator] of OPERATOR_SPELLINGS) {
    if (text.startsWith(spelling)) return { operator, rest: text.slice(spelling.length) };
  }
  return { operator: null, rest: text };
}

/** Operator words around a number: `不低于90%` → `≥`, `90%`; `95%以上` → `≥`, `95%`. */
export function splitOperatorWords(text: string): { operator: Operator | null; rest: string } {
  for (const [word, operator] of OPERATOR_PREFIX_WORDS) {
    if (text.startsWith(word)) return { operator, rest: text.slice(word.length) };
  }
  for (const [word, operator] of OPERATOR_SUFFIX_WORDS) {
    if (text.endsWith(word)) return { operator, rest: text.slice(0, text.length - word.length) };
  }
  return { operator: null, rest: text };
}
