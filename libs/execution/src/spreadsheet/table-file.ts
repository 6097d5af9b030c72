import { csvFileRecords, DEFAULT_UPLOAD_LIMITS, doubleText, readFirstSheet, refuseUnsafeRow, UploadLimits } from '@jixiao/importers';
import ExcelJS from 'exceljs';
import { formatCsv, nonBlank } from './csv';

export type TableFormat = 'xlsx' | 'csv';

export const CONTENT_TYPES: Record<TableFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

/**
 * Writes a header and rows as an xlsx sheet or a CSV file. Every cell is text: amounts stay the exact
 * decimals they are (no float on the way), dates stay `YYYY-MM-DD`.
 */
export async function writeTable(
  format: TableFormat,
  sheetName: string,
  header: readonly string[],
  rows: readonly (readonly string[])[],
): Promise<Buffer> {
  if (format === 'csv') return formatCsv([header, ...rows]);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow([...header]).font = { bold: true };
  for (const row of rows) sheet.addRow([...row]);
  sheet.columns.forEach((column, i) => {
    column.width = Math.max(10, Math.min(60, header[i].length * 2 + 4));
    column.numFmt = '@';
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A row read back, with its 1-based row number in the sheet. */
export interface TableRow {
  row: number;
  cells: Record<string, string>;
}

/**
 * Reads the first sheet of an xlsx (a ZIP: starts with `PK`) or a CSV, keyed by the header row's texts,
 * streaming and within the upload limits (refused with the importers' ImportError LIMIT_EXCEEDED).
 * Number cells become their shortest decimal text (what was typed, e.g. `0.85`), date cells `YYYY-MM-DD`.
 */
export async function readTable(
  bytes: Buffer,
  limits: UploadLimits = DEFAULT_UPLOAD_LIMITS,
): Promise<{ header: string[]; rows: TableRow[] }> {
  const grid =
    bytes.subarray(0, 2).toString('latin1') === 'PK'
      ? await readXlsx(bytes, limits)
      : nonBlank(csvFileRecords(bytes, limits));
  const [head, ...body] = grid;
  const header = (head?.cells ?? []).map((h) => h.trim());
  return {
    header,
    rows: body.map(({ row, cells }) => ({
      row,
      cells: Object.fromEntries(header.map((h, i) => [h, (cells[i] ?? '').trim()])),
    })),
  };
}

async function readXlsx(bytes: Buffer, limits: UploadLimits): Promise<{ row: number; cells: string[] }[]> {
  const rows: { row: number; cells: string[] }[] = [];
  await readFirstSheet(bytes, limits, ({ row, cells, sheet }) => {
    const texts = Array.from(cells, (value) => cellText(value));
    // NUL or a lone surrogate in any cell: refused naming the sheet and cell (ImportError UNSAFE_TEXT).
    refuseUnsafeRow(texts, row, sheet);
    if (texts.some((c) => c.trim() !== '')) rows.push({ row, cells: texts });
  });
  return rows;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10); // Excel dates are UTC midnight
  // A typed-in or computed amount is a double: read as the decimal it stands for (0.1+0.2 → 0.3).
  if (typeof value === 'number') return doubleText(value);
  if (typeof value === 'object') {
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
  }
  return String(value);
}
