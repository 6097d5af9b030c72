import { Readable } from 'node:stream';
import * as unzipper from 'unzipper';
import { ImportError } from '../imported-document';
import { UploadLimits } from '../source/upload-limits';

/** What the inspection learnt of one worksheet part (`xl/worksheets/sheetN.xml`). */
export interface WorksheetFacts {
  rows: number;
  /** Merged ranges as written, `G2:G3`: they follow the rows in the XML, so a streaming reader sees them too late. */
  merges: string[];
}

/** The worksheets of a workbook, and which of them exceljs' streaming reader hands over first. */
export interface XlsxFacts {
  worksheets: Map<string, WorksheetFacts>;
  /** The path of the first worksheet exceljs yields (its id is the workbook's sheetId, not the part's number). */
  first: string | null;
}

const READ_AT_ONCE_AFTER = ['xl/sharedStrings.xml', 'xl/_rels/workbook.xml.rels'];

/** A ZIP part as unzipper's streaming parser hands it over (the package ships no types). */
interface ZipEntry extends AsyncIterable<Buffer> {
  path: string;
  vars: { compressedSize: number };
}

/** More parts than any workbook has: a ZIP of many tiny entries is refused without reading them all. */
const MAX_ENTRIES = 10_000;
/** The compression ratio counts only past this many inflated bytes: small XML parts compress very well. */
const RATIO_FLOOR = 1024 * 1024;
/** exceljs' own test for a worksheet part, unanchored as it is: what it reads as a worksheet is counted here. */
const WORKSHEET = /xl\/worksheets\/sheet\d+[.]xml/;
const ROW_TAG = /<row[\s>]/g;
const MERGE_TAG = /<mergeCell\s[^>]*?ref="([A-Z]+\d+:[A-Z]+\d+)"/g;
/** Bytes of one chunk kept for the next, so that a tag split between two chunks is still seen (once). */
const CARRY = 256;

/**
 * Reads every part of an .xlsx once, inflating as it streams and counting what comes out — what a
 * part's header declares is not believed — before any spreadsheet reader sees the file. Refuses with
 * LIMIT_EXCEEDED, as soon as it is passed: the inflated total, one part's compression ratio, a
 * worksheet's rows. The same streaming parser (unzipper) reads the file afterwards (exceljs), so both
 * see the same parts. Nothing inflated is kept but the counts and the merged ranges.
 */
export async function inspectXlsx(bytes: Buffer, limits: UploadLimits): Promise<XlsxFacts> {
  const zip = Readable.from(pieces(bytes)).pipe(unzipper.Parse({ forceStream: true }));
  const worksheets = new Map<string, WorksheetFacts>();
  let inflated = 0;
  let entries = 0;
  const seen = new Set<string>();
  let first: string | null = null;
  try {
    for await (const entry of zip as unknown as AsyncIterable<ZipEntry>) {
      entries += 1;
      if (entries > MAX_ENTRIES)
        throw new ImportError('BAD_SPREADSHEET', `more than ${MAX_ENTRIES} parts: not a workbook`);
      // A header without the compressed size (written later, in a data descriptor): the whole file stands in.
      const compressed = entry.vars.compressedSize || bytes.length;
      const sheet = WORKSHEET.test(entry.path) ? new WorksheetScan(limits.maxRows, entry.path) : null;
      // exceljs hands over at once a worksheet that comes after the shared strings and the workbook's
      // relations; one that comes before them waits on disk until every part has been read.
      if (sheet && first === null && READ_AT_ONCE_AFTER.every((part) => seen.has(part))) first = entry.path;
      seen.add(entry.path);
      let own = 0;
      for await (const chunk of entry) {
        own += chunk.length;
        inflated += chunk.length;
        if (inflated > limits.maxInflatedBytes) {
          throw exceeded(
            `inflates to more than ${limits.maxInflatedBytes} bytes`,
            'maxInflatedBytes',
            limits.maxInflatedBytes,
          );
        }
        if (own > RATIO_FLOOR && own / compressed > limits.maxCompressionRatio) {
          throw exceeded(
            `${entry.path} is compressed more than ${limits.maxCompressionRatio} to 1`,
            'maxCompressionRatio',
            limits.maxCompressionRatio,
          );
        }
        sheet?.scan(chunk);
      }
      if (sheet) worksheets.set(entry.path, sheet.facts());
    }
  } catch (error) {
    throw unreadable(error);
  } finally {
    zip.destroy();
  }
  return { worksheets, first: first ?? worksheets.keys().next().value ?? null };
}

/**
 * The file in 64 KiB views (no copies): a ZIP parser handed one buffer of the whole file appends what it
 * has not consumed to it, copying the file again; in pieces it holds one piece at a time.
 */
export function* pieces(bytes: Buffer): Generator<Buffer> {
  for (let start = 0; start < bytes.length; start += 64 * 1024)
    yield bytes.subarray(start, start + 64 * 1024);
}

/** A reader's failure as BAD_SPREADSHEET; an ImportError (a limit, a cell) as it is. */
export function unreadable(error: unknown): ImportError {
  if (error instanceof ImportError) return error;
  return new ImportError(
    'BAD_SPREADSHEET',
    `the file is not a readable .xlsx workbook: ${(error as Error).message}`,
  );
}

export function exceeded(problem: string, name: keyof UploadLimits, value: number): ImportError {
  return new ImportError('LIMIT_EXCEEDED', `the spreadsheet ${problem}`, null, null, { name, value });
}

/** Counts `<row` tags and collects merged ranges of a worksheet's XML as it streams past. */
class WorksheetScan {
  private rows = 0;
  private readonly merges: string[] = [];
  private carry = '';

  constructor(
    private readonly maxRows: number,
    private readonly path: string,
  ) {}

  scan(chunk: Buffer): void {
    // latin1 keeps one character per byte: the tags are ASCII, and nothing else is read.
    const text = this.carry + chunk.toString('latin1');
    let seenTo = 0;
    for (const match of text.matchAll(ROW_TAG)) {
      if (match.index < this.carry.length - 4) continue; // counted with the previous chunk
      this.rows += 1;
      seenTo = match.index + match[0].length;
    }
    for (const match of text.matchAll(MERGE_TAG)) {
      if (match.index + match[0].length <= this.carry.length) continue;
      if (this.merges.length >= this.maxRows)
        throw exceeded(`${this.path} has more than ${this.maxRows} merged ranges`, 'maxRows', this.maxRows);
      this.merges.push(match[1]);
      seenTo = Math.max(seenTo, match.index + match[0].length);
    }
    if (this.rows > this.maxRows)
      throw exceeded(`${this.path} has more than ${this.maxRows} rows`, 'maxRows', this.maxRows);
    this.carry = text.slice(Math.max(seenTo, text.length - CARRY));
  }

  facts(): WorksheetFacts {
    return { rows: this.rows, merges: this.merges };
  }
}
