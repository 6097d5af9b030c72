/**
 * A block copied from Excel or WPS: rows separated by newlines, cells by tabs. Amounts lose their
 * thousands separators (`1,234.50` → `1234.50`) and surrounding spaces; empty cells stay empty.
 */
export function parseClipboardGrid(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  return lines.map((line) => line.split('\t').map((cell) => cell.trim().replace(/,/g, '')));
}

/** Whether a paste is a block for the grid (more than one cell) rather than text for one input. */
export const isGridPaste = (text: string): boolean => /[\t\n]/.test(text.replace(/\r?\n$/, ''));
