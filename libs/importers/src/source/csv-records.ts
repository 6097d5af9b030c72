import { ImportError } from '../imported-document';
import { decodeChunks } from './decode-chunks';
import { refuseUnsafeRow } from './unsafe-text-check';
import { UploadLimits } from './upload-limits';

/** A CSV record with its 1-based number (a spreadsheet's row number: blank records counted). */
export interface CsvRecord {
  row: number;
  cells: string[];
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;

/**
 * RFC 4180 records as Excel writes them (quoted cells may hold commas, doubled quotes and line breaks;
 * CRLF, LF or CR), read from text that arrives in pieces. Cells are slices of the pieces, not built a
 * character at a time. Refuses (LIMIT_EXCEEDED) a file of more than `maxRows` records or a record of
 * more than `maxLineChars` characters, as soon as it gets there, and (UNSAFE_TEXT) a record holding a NUL
 * or a lone surrogate.
 */
export function* csvRecords(
  chunks: Iterable<string>,
  limits: Pick<UploadLimits, 'maxRows' | 'maxLineChars'>,
): Generator<CsvRecord> {
  let cells: string[] = [];
  let cell = '';
  let recordChars = 0;
  let row = 0;
  let quoted = false;
  let quoteJustClosed = false;
  let afterCR = false;
  const take = (piece: string) => {
    cell += piece;
    recordChars += piece.length;
    if (recordChars > limits.maxLineChars) {
      throw new ImportError(
        'LIMIT_EXCEEDED',
        `record ${row + 1}: more than ${limits.maxLineChars} characters`,
        row + 1,
        null,
        { name: 'maxLineChars', value: limits.maxLineChars },
      );
    }
  };
  const endRecord = (): CsvRecord => {
    cells.push(cell);
    row += 1;
    if (row > limits.maxRows) {
      throw new ImportError('LIMIT_EXCEEDED', `more than ${limits.maxRows} rows`, row, null, {
        name: 'maxRows',
        value: limits.maxRows,
      });
    }
    // The text boundary (文本边界): a NUL or a lone surrogate refuses the file, naming the cell.
    refuseUnsafeRow(cells, row, 'CSV');
    const record = { row, cells };
    cells = [];
    cell = '';
    recordChars = 0;
    return record;
  };
  for (const chunk of chunks) {
    let start = 0;
    for (let i = 0; i < chunk.length; i += 1) {
      const ch = chunk.charCodeAt(i);
      if (afterCR) {
        afterCR = false;
        if (ch === LF) {
          start = i + 1;
          continue;
        }
      }
      if (quoted) {
        if (ch === QUOTE) {
          take(chunk.slice(start, i));
          quoted = false;
          quoteJustClosed = true;
          start = i + 1;
        }
        continue;
      }
      if (ch === QUOTE) {
        // Right after a closing quote, a quote is an escaped one ("") and the cell stays quoted.
        take(quoteJustClosed && start === i ? '"' : chunk.slice(start, i));
        quoted = true;
        quoteJustClosed = false;
        start = i + 1;
        continue;
      }
      quoteJustClosed = false;
      if (ch === COMMA) {
        take(chunk.slice(start, i));
        cells.push(cell);
        cell = '';
        start = i + 1;
      } else if (ch === LF || ch === CR) {
        take(chunk.slice(start, i));
        yield endRecord();
        afterCR = ch === CR;
        start = i + 1;
      }
    }
    take(chunk.slice(start));
  }
  if (cell !== '' || cells.length > 0) yield endRecord();
}

/**
 * The records of a CSV file, after a first pass has checked it against the limits keeping nothing:
 * a file over them is refused having cost one record at a time, not the rows read before the limit.
 */
export function* csvFileRecords(
  bytes: Buffer,
  limits: Pick<UploadLimits, 'maxRows' | 'maxLineChars'>,
): Generator<CsvRecord> {
  for (const record of csvRecords(decodeChunks(bytes), limits)) void record;
  yield* csvRecords(decodeChunks(bytes), limits);
}
