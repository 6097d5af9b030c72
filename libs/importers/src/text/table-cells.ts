/**
 * The text extracted from a published PDF prints a table row as one line of tab-separated cells,
 * and a cell that wrapped in the PDF as words joined by spaces (`产出 指标`, `满意 度指 标`,
 * `>=90 百 分比`). These helpers read the cells back.
 */

/** Splits a line into its cells, trimmed, keeping empty cells (their position matters). */
export function splitCells(line: string): string[] {
  return line.split('\t').map((cell) => cell.trim());
}

export function isTableLine(line: string): boolean {
  return line.includes('\t');
}

/** Index of the last non-empty cell + 1: trailing tabs print nothing. */
export function filledLength(cells: string[]): number {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === '') end -= 1;
  return end;
}

// CJK ideographs, CJK punctuation and full-width forms: Chinese text never has a space next to them,
// so a space there is where the PDF wrapped the cell.
const SPACE_NEXT_TO_CJK = /\s+(?=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])|(?<=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])\s+/g;

/** Undoes cell wrapping: `满意 度指 标` → `满意度指标`, `>=70000 次` → `>=70000次`; other runs of spaces become one. */
export function unwrapCell(cell: string): string {
  if (!/\s/.test(cell)) return cell; // most cells: nothing to undo
  return cell.replace(SPACE_NEXT_TO_CJK, '').replace(/\s+/g, ' ').trim();
}

/** Appends a wrapped continuation to a cell: `优化办` + `理流程` → `优化办理流程`. */
export function joinWrapped(head: string, tail: string): string {
  if (head === '') return tail;
  if (tail === '') return head;
  return unwrapCell(`${head} ${tail}`);
}
