import { Readable } from 'node:stream';
import * as ExcelJS from 'exceljs';
import { UploadLimits } from '../source/upload-limits';
import { exceeded, inspectXlsx, pieces, unreadable } from './inspect-xlsx';

/** A row of the first worksheet: its 1-based number and its cells' values, `cells[0]` being column A; `sheet` names the worksheet. */
export interface SheetRow {
  row: number;
  cells: ExcelJS.CellValue[];
  sheet: string;
}

/** Columns read per row: far more than any template has; a cell written at column XFD is not a reason to allocate 16,384. */
export const MAX_COLUMNS = 256;

/**
 * Streams the first worksheet of an .xlsx row by row into `onRow` (exceljs' streaming WorkbookReader:
 * one row in memory at a time), after `inspectXlsx` has checked the whole file against the limits.
 * Returns the sheet's merged ranges (`G2:G3`), which the XML lists after the rows. Rows absent from
 * the XML (never written) are not passed. Dates need the styles, so those are read too.
 */
export async function readFirstSheet(
  bytes: Buffer,
  limits: UploadLimits,
  onRow: (row: SheetRow) => void,
): Promise<{ merges: string[] }> {
  const { worksheets, first: firstPath } = await inspectXlsx(bytes, limits);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(pieces(bytes)), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const workbook = reader[Symbol.asyncIterator]();
  let merges: string[] = [];
  try {
    const first = await workbook.next();
    if (first.done) return { merges: [] };
    const sheet = first.value as ExcelJS.stream.xlsx.WorksheetReader;
    merges = (firstPath && worksheets.get(firstPath)?.merges) || [];
    // exceljs sets the sheet's name from workbook.xml but leaves it out of its typings.
    const { name } = sheet as unknown as { name: string };
    let rows = 0;
    for await (const row of sheet) {
      // The inspection counted the rows already; this holds even if the two parsers ever disagree.
      rows += 1;
      if (rows > limits.maxRows)
        throw exceeded(`has more than ${limits.maxRows} rows`, 'maxRows', limits.maxRows);
      const cells: ExcelJS.CellValue[] = [];
      row.eachCell((cell, column) => {
        if (column <= MAX_COLUMNS) cells[column - 1] = cell.value;
      });
      onRow({ row: row.number, cells, sheet: name });
    }
  } catch (error) {
    throw unreadable(error);
  } finally {
    // The rest of the workbook is read through, unread: exceljs removes the temporary file a worksheet
    // stored before its shared strings only once it has handed that worksheet over.
    await drain(workbook);
  }
  return { merges };
}

async function drain(workbook: AsyncGenerator<unknown>): Promise<void> {
  try {
    while (!(await workbook.next()).done);
  } catch {
    // Already refused or read; what is left of the file no longer matters.
  }
}
