import * as ExcelJS from 'exceljs';
import { ImportError, ImportWarning, ProjectTargetsDocument } from '../imported-document';
import { NumberedRow, readTemplateRows, rowByKey, templateColumnIndexes } from './read-template-rows';
import { doubleText } from './double-text';
import { refuseUnsafeCells } from '../source/unsafe-text-check';
import { TEMPLATE_COLUMNS } from './template-columns';
import { toTemplateRows } from './template-rows';

const SHEET_NAME = '绩效目标';

/** The template as an .xlsx workbook: one sheet, Chinese headers in row 1, number columns as numbers. */
export async function writeTemplateXlsx(documents: ProjectTargetsDocument[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(SHEET_NAME);
  sheet.addRow(TEMPLATE_COLUMNS.map((c) => c.header));
  for (const row of toTemplateRows(documents)) {
    // A number travels as a double; read back to 15 significant digits (doubleText) it is the decimal it was
    // written from (amounts and weights have far fewer digits).
    sheet.addRow(TEMPLATE_COLUMNS.map((c) => (c.numeric && row[c.key] !== '' ? Number(row[c.key]) : row[c.key])));
  }
  sheet.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * Reads the template back from .xlsx (the first sheet). A formula is read from its cached result with a
 * SPREADSHEET_FORMULA warning, and refused if the file has none (it was never calculated).
 * Merged cells are accepted with a SPREADSHEET_MERGED_CELLS warning: a project cell merged over its
 * indicator rows is the natural way to edit the template in Excel, and it means what it shows — every
 * row of the merge takes the merged value — so refusing it would only make users unmerge by hand.
 */
export async function readTemplateXlsx(bytes: Buffer): Promise<ProjectTargetsDocument[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new ImportError('BAD_SPREADSHEET', `the file is not a readable .xlsx workbook: ${(error as Error).message}`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet || sheet.rowCount === 0) throw new ImportError('EMPTY_FILE', 'the workbook has no rows');

  const warnings: ImportWarning[] = [];
  const formulaRows = new Set<number>();
  const mergedRows = new Set<number>();
  const records: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    // Row 1 is read first, so that a refused cell further down is named by its column's header.
    const header = records[0] ?? [];
    const cells: string[] = [];
    for (let c = 1; c <= Math.max(row.cellCount, TEMPLATE_COLUMNS.length); c += 1) {
      const cell = row.getCell(c);
      if (cell.isMerged && cell.master !== cell) mergedRows.add(r);
      cells.push(cellText(cell.isMerged ? cell.master : cell, { row: r, column: c, header: header[c - 1] ?? '' }, formulaRows));
    }
    records.push(cells);
  }
  if (formulaRows.size > 0) {
    warnings.push({
      code: 'SPREADSHEET_FORMULA',
      message: `formulas in row(s) ${[...formulaRows].join(', ')}: their last calculated results were read`,
      line: [...formulaRows][0],
    });
  }
  if (mergedRows.size > 0) {
    warnings.push({
      code: 'SPREADSHEET_MERGED_CELLS',
      message: `merged cells over row(s) ${[...mergedRows].join(', ')}: each row took the merged value`,
      line: [...mergedRows][0],
    });
  }
  refuseUnsafeCells(records, sheet.name);
  const indexes = templateColumnIndexes(records[0]);
  const rows: NumberedRow[] = records.slice(1).map((cells, i) => ({ row: i + 2, cells: rowByKey(cells, indexes) }));
  return readTemplateRows(rows, warnings);
}

interface CellPlace {
  row: number;
  /** 1-based column and the text of its header cell (row 1). */
  column: number;
  header: string;
}

function cellText(cell: ExcelJS.Cell, place: CellPlace, formulaRows: Set<number>): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return doubleText(value);
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    if (result !== null && typeof result === 'object' && 'error' in result) throw cellError(place, `the formula shows ${result.error}`);
    if (result === undefined || result === null) {
      throw cellError(place, 'a formula without a calculated result; open the file in Excel, save it, and import again');
    }
    formulaRows.add(place.row);
    if (typeof result === 'number') return doubleText(result);
    return result instanceof Date ? result.toISOString().slice(0, 10) : String(result);
  }
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value) return String(value.text);
  if ('error' in value) throw cellError(place, `the cell shows ${value.error}`);
  return String(value);
}

/** BAD_SPREADSHEET naming the row and the column (`权重 (weight)`), the field being the template key where known. */
function cellError(place: CellPlace, problem: string): ImportError {
  const name = place.header.trim().replace(/^\uFEFF/, '');
  const known = TEMPLATE_COLUMNS.find((c) => c.header === name || c.key === name);
  const field = known?.key ?? (name || `#${place.column}`);
  const shown = known ? `${known.header} (${known.key})` : field;
  return new ImportError('BAD_SPREADSHEET', `row ${place.row}, column ${shown}: ${problem}`, place.row, field);
}
