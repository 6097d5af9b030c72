/**
 * Normalises a printed cell (印刷文本) to the form the value grammar reads:
 * full-width ASCII (`０-９ ％ ＞ ＝ （ ）`) to half-width, `≧ ≦` to `≥ ≤`, and whitespace that the PDF
 * extraction inserted where a cell wrapped (`定 性`, `符合 实际`, `72 万 条`, `百 分 比`) removed.
 * Whitespace between two ASCII letters or digits (`MSA 短信` keeps none, `A B` keeps one) is kept as one space.
 */
const NEEDS_NORMALISING = /[\s\u3000\uFF01-\uFF5E≧≦]/;
const FULL_WIDTH = /[\uFF01-\uFF5E]/g;
const WHITESPACE_RUN = /[\s\u3000]+/g;
const ASCII_WORD = /[A-Za-z0-9]/;

export function normalisePrintedText(text: string): string {
  if (!NEEDS_NORMALISING.test(text)) return text;
  return text
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/≧/g, '≥')
    .replace(/≦/g, '≤')
    .trim()
    .replace(WHITESPACE_RUN, joinWrappedSpace);
}

function joinWrappedSpace(_space: string, offset: number, whole: string): string {
  const before = whole[offset - 1] ?? '';
  const after = whole[offset + _space.length] ?? '';
  return ASCII_WORD.test(before) && ASCII_WORD.test(after) ? ' ' : '';
}
