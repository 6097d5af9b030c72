import { csvRecords, CsvRecord } from '@jixiao/importers';

/**
 * CSV as Excel writes and reads it: comma-separated, fields quoted when they hold a comma, a quote or a
 * line break, quotes doubled. Written with a UTF-8 BOM so Excel on Chinese Windows opens it as UTF-8.
 */
export function formatCsv(rows: readonly (readonly string[])[]): Buffer {
  const text = rows.map((row) => row.map(quote).join(',')).join('\r\n');
  return Buffer.from(`\uFEFF${text}\r\n`, 'utf8');
}

function quote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/** Parses CSV text into rows of fields (RFC 4180, CRLF or LF); blank lines are dropped. */
export function parseCsv(text: string): string[][] {
  return nonBlank(csvRecords([text], { maxRows: Infinity, maxLineChars: Infinity })).map((r) => r.cells);
}

/** Records with a non-blank cell, each with its 1-based row number as a spreadsheet shows it (blank rows counted). */
export function nonBlank(records: Iterable<CsvRecord>): CsvRecord[] {
  const rows: CsvRecord[] = [];
  for (const record of records) if (record.cells.some((f) => f.trim() !== '')) rows.push(record);
  return rows;
}
