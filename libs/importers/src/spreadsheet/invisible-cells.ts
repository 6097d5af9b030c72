import { stripInvisibleCharacters } from '@jixiao/text-safety';
import { ImportWarning } from '../imported-document';
import { TemplateKey } from './template-columns';
import type { NumberedRow } from './read-template-rows';

/** The template's cells without bidi controls and zero-width characters (see stripInvisibleLines), one warning naming the rows. */
export function stripInvisibleCells(rows: readonly NumberedRow[]): {
  rows: NumberedRow[];
  warning: ImportWarning | null;
} {
  const touched: number[] = [];
  const clean = rows.map(({ row, cells }) => {
    let removed = 0;
    const stripped = Object.fromEntries(
      Object.entries(cells).map(([key, text]) => {
        const result = stripInvisibleCharacters(text);
        removed += result.removed;
        return [key, result.text];
      }),
    ) as Record<TemplateKey, string>;
    if (removed > 0) touched.push(row);
    return { row, cells: stripped };
  });
  if (touched.length === 0) return { rows: clean, warning: null };
  return {
    rows: clean,
    warning: {
      code: 'INVISIBLE_CHARACTERS_REMOVED',
      message: `invisible characters (bidi controls, zero-width) removed from row(s) ${touched.slice(0, 20).join(', ')}${touched.length > 20 ? `, … (${touched.length} in all)` : ''}`,
      line: touched[0],
    },
  };
}
