import { stripInvisibleCharacters } from '@jixiao/text-safety';

/** The warning, shaped to be an ImportWarning and a SelfEvaluationWarning alike. */
export interface InvisibleCharactersRemoved {
  code: 'INVISIBLE_CHARACTERS_REMOVED';
  message: string;
  line: number;
}

/**
 * Published documents copied out of a PDF or a web page often carry zero-width spaces and bidi marks in
 * prose and names: invisible, but they make `财政局` and `财政\u200B局` two departments and can reorder what
 * a list shows. They are removed from every line (or cell) with one INVISIBLE_CHARACTERS_REMOVED warning
 * naming the lines (rows), rather than refusing a document the user cannot clean by eye.
 */
export function stripInvisibleLines(
  lines: readonly string[],
  firstLine = 1,
): { lines: string[]; warning: InvisibleCharactersRemoved | null } {
  const touched: number[] = [];
  let removed = 0;
  const clean = lines.map((line, index) => {
    const stripped = stripInvisibleCharacters(line);
    if (stripped.removed > 0) {
      touched.push(index + firstLine);
      removed += stripped.removed;
    }
    return stripped.text;
  });
  if (touched.length === 0) return { lines: clean, warning: null };
  const shown =
    touched.slice(0, 20).join(', ') + (touched.length > 20 ? `, … (${touched.length} in all)` : '');
  return {
    lines: clean,
    warning: {
      code: 'INVISIBLE_CHARACTERS_REMOVED',
      message: `${removed} invisible character(s) (bidi controls, zero-width) removed from line(s) ${shown}`,
      line: touched[0],
    },
  };
}
