import * as ExcelJS from 'exceljs';
import { ImportError, ImportWarning, ProjectTargetsDocument } from '../imported-document';
import { NumberedRow, readTemplateRows, rowByKey, templateColumnIndexes } from './read-template-rows';
import { doubleText } from './double-text';
import { refuseUnsafeRow } from '../source/unsafe-text-check';
import { DEFAULT_UPLOAD_LIMITS, UploadLimits } from '../source/upload-limits';
import { MAX_COLUMNS, readFirstSheet } from './xlsx-first-sheet';
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
 * Reads the template back from .xlsx (the first sheet), streaming, within the upload limits (see
 * readFirstSheet). A formula is read from its cached result with a SPREADSHEET_FORMULA warning, and
 * refused if the file has none (it was never calculated).
 * Merged cells are accepted with a SPREADSHEET_MERGED_CELLS warning: a project cell merged over its
 * indicator rows is the natural way to edit the template in Excel, and it means what it shows — every
 * row of the merge takes the merged value — so refusing it would only make users unmerge by hand.
 */
export async function readTemplateXlsx(
  bytes: Buffer,
  limits: UploadLimits = DEFAULT_UPLOAD_LIMITS,
): Promise<ProjectTargetsDocument[]> {
  const warnings: ImportWarning[] = [];
  const formulaRows = new Set<number>();
  /** Cell texts by row number; row 1 is the header, read first, so a refused cell further down is named by it. */
  const records = new Map<number, string[]>();
  const { merges } = await readFirstSheet(bytes, limits, ({ row, cells, sheet }) => {
    const header = records.get(1) ?? [];
    const texts = Array.from({ length: Math.max(cells.length, TEMPLATE_COLUMNS.length) }, (_, c) =>
      cellText(cells[c], { row, column: c + 1, header: header[c] ?? '' }, formulaRows),
    );
    // NUL or a lone surrogate in any cell: refused naming the sheet and cell (ImportError UNSAFE_TEXT).
    refuseUnsafeRow(texts, row, sheet);
    records.set(row, texts);
  });
  if (records.size === 0) throw new ImportError('EMPTY_FILE', 'the workbook has no rows');
  const mergedRows = spreadMerges(records, merges);
  if (formulaRows.size > 0) {
    warnings.push({
      code: 'SPREADSHEET_FORMULA',
      message: `formulas in row(s) ${[...formulaRows].join(', ')}: their last calculated results were read`,
      line: [...formulaRows][0],
    });
  }
  if (mergedRows.length > 0) {
    warnings.push({
      code: 'SPREADSHEET_MERGED_CELLS',
      message: `merged cells over row(s) ${mergedRows.join(', ')}: each row took the merged value`,
      line: mergedRows[0],
    });
  }
  const indexes = templateColumnIndexes(records.get(1) ?? []);
  const rows: NumberedRow[] = [...records]
    .filter(([row]) => row > 1)
    .sort(([a], [b]) => a - b)
    .map(([row, cells]) => ({ row, cells: rowByKey(cells, indexes) }));
  return readTemplateRows(rows, warnings);
}

/**
 * Every cell of a merged range takes the text of its top-left cell, as Excel shows it; returns the rows
 * that took a value (in order). A range reaches no further than the rows and columns the sheet has.
 */
function spreadMerges(records: Map<number, string[]>, merges: string[]): number[] {
  const lastRow = Math.max(...records.keys());
  const merged = new Set<number>();
  for (const range of merges) {
    const [from, to] = range.split(':').map(cellAddress);
    const text = records.get(from.row)?.[from.column - 1] ?? '';
    for (let row = from.row; row <= Math.min(to.row, lastRow); row += 1) {
      const cells = records.get(row) ?? [];
      records.set(row, cells);
      for (let column = from.column; column <= Math.min(to.column, MAX_COLUMNS); column += 1) {
        if (row === from.row && column === from.column) continue;
        while (cells.length < column) cells.push('');
        cells[column - 1] = text;
        merged.add(row);
      }
    }
  }
  return [...merged].sort((a, b) => a - b);
}

/** `G12` → row 12, column 7. */
function cellAddress(address: string): { row: number; column: number } {
  const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(address) ?? ['', 'A', '1'];
  let column = 0;
  for (const letter of letters) column = column * 26 + letter.charCodeAt(0) - 64;
  return { row: Number(digits), column };
}

interface CellPlace {
  row: number;
  /** 1-based column and the text of its header cell (row 1). */
  column: number;
  header: string;
}

function cellText(value: ExcelJS.CellValue, place: CellPlace, formulaRows: Set<number>): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return doubleText(value);
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    if (result !== null && typeof result === 'object' && 'error' in result) throw cellError(place, `the formula shows ${result.error}`);
    if (result === undefined || result === null) {
      // The streaming reader also drops an error result (#DIV/0!): it cannot tell the two apart.
      throw cellError(
        place,
        'a formula without a calculated result (never calculated, or it shows an error); open the file in Excel, check it, save it, and import again',
      );
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
