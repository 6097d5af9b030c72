import { findUnsafeCharacter, UNSAFE_CHARACTER_LABEL } from '@jixiao/text-safety';
import { ImportError } from '../imported-document';

/**
 * The import side of the text boundary (文本边界): a NUL or a lone surrogate anywhere in a document refuses
 * it, naming the 1-based line (PostgreSQL cannot store either; the API refuses them in requests alike).
 */
export function refuseUnsafeText(text: string): void {
  const unsafe = findUnsafeCharacter(text);
  if (unsafe === null) return;
  const line = lineAt(text, unsafe.index);
  throw new ImportError(
    'UNSAFE_TEXT',
    `line ${line}: contains ${UNSAFE_CHARACTER_LABEL[unsafe.kind]} (${unsafe.kind})`,
    line,
  );
}

/** The same per cell of a sheet: names the sheet and the cell (`绩效目标!C5`). `rows[0]` is the sheet's row 1. */
export function refuseUnsafeCells(rows: readonly (readonly string[])[], sheet: string): void {
  rows.forEach((cells, r) => refuseUnsafeRow(cells ?? [], r + 1, sheet));
}

/** One row of a sheet (its 1-based number), as a streaming reader hands it over. */
export function refuseUnsafeRow(cells: readonly string[], row: number, sheet: string): void {
  cells.forEach((cell, c) => {
    const unsafe = findUnsafeCharacter(cell ?? '');
    if (unsafe === null) return;
    const address = `${columnLetter(c + 1)}${row}`;
    throw new ImportError(
      'UNSAFE_TEXT',
      `sheet ${sheet}, cell ${address}: contains ${UNSAFE_CHARACTER_LABEL[unsafe.kind]} (${unsafe.kind})`,
      row,
      `${sheet}!${address}`,
    );
  });
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line += 1;
  return line;
}

/** 1 → A, 27 → AA. */
function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
