import * as ExcelJS from 'exceljs';
import { ImportError } from '../imported-document';
import { csvFileRecords } from '../source/csv-records';
import { decodeDocument } from '../source/decode-document';
import { stripInvisibleLines } from '../source/invisible-text';
import { refuseUnsafeRow } from '../source/unsafe-text-check';
import { DEFAULT_UPLOAD_LIMITS, UploadLimits } from '../source/upload-limits';
import { doubleText } from '../spreadsheet/double-text';
import { inspectXlsx } from '../spreadsheet/inspect-xlsx';
import { unwrapCell } from '../text/table-cells';
import {
  headingYear,
  noSelfEvaluation,
  parseSelfEvaluationDocument,
  readSelfEvaluationRows,
  SourceRow,
} from './parse-self-evaluation-document';
import type { SelfEvaluationDocument } from './printed-self-evaluation';

/**
 * 自评表 handed in as a spreadsheet, read into the same rows as the printed text so one reader (by each
 * table's own header) serves all: the official layout with one project per worksheet, Jixiao's own export
 * (`writeScorecardWorkbook`, the same form) and the evaluator workbook's project sheets. A cell merged
 * over others counts once, where its value stands (as the printed form shows it); hidden sheets (the
 * workbook's ids) are not read. A formula counts by its last result; `#DIV/0!` stays text as printed.
 * The whole workbook is loaded (merged cells and hidden sheets need it), so the file is first checked
 * against the upload limits as it inflates (inspectXlsx): a zip bomb never reaches the loader.
 */
export async function readSelfEvaluationXlsx(
  bytes: Buffer,
  limits: UploadLimits = DEFAULT_UPLOAD_LIMITS,
): Promise<SelfEvaluationDocument> {
  await inspectXlsx(bytes, limits);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new ImportError(
      'BAD_SPREADSHEET',
      `the file is not a readable .xlsx workbook: ${(error as Error).message}`,
    );
  }
  const rows: SourceRow[] = [];
  for (const sheet of workbook.worksheets) {
    if (sheet.state !== 'visible') continue;
    sheet.eachRow({ includeEmpty: false }, (row, number) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        cells[column - 1] = cell.isMerged && cell.master !== cell ? '' : unwrapCell(cellText(cell.value));
      });
      const texts = Array.from(cells, (cell) => cell ?? '');
      // The loader turns Excel's `_x0000_` into a NUL: refused naming the sheet and cell.
      refuseUnsafeRow(texts, number, sheet.name);
      rows.push({ cells: texts, line: number, sheet: sheet.name });
    });
  }
  return readSheetRows(rows);
}

/** A 自评表 saved as CSV (UTF-8, with or without BOM, or GB18030 as Chinese Excel saves it): one table after another. */
export function readSelfEvaluationCsv(
  bytes: Buffer,
  limits: UploadLimits = DEFAULT_UPLOAD_LIMITS,
): SelfEvaluationDocument {
  const rows = [...csvFileRecords(bytes, limits)].map(({ row, cells }) => ({
    cells: cells.map(unwrapCell),
    line: row,
  }));
  return readSheetRows(rows);
}

/** By the file's name and content: .xlsx (a ZIP), .csv, else the text of a published 决算. */
export async function readSelfEvaluationFile(
  bytes: Buffer,
  filename: string,
  limits: UploadLimits = DEFAULT_UPLOAD_LIMITS,
): Promise<SelfEvaluationDocument> {
  const name = filename.toLowerCase();
  if (name.endsWith('.xlsx') || (bytes[0] === 0x50 && bytes[1] === 0x4b))
    return readSelfEvaluationXlsx(bytes, limits);
  if (name.endsWith('.csv')) return readSelfEvaluationCsv(bytes, limits);
  return parseSelfEvaluationDocument(decodeDocument(bytes, limits.maxBytes));
}

/**
 * Sheets carry no 第四部分: a title row, or a 项目名称 row, shows that they hold 自评表. Bidi controls and
 * zero-width characters are removed from every cell, with a warning naming the rows, as from a text.
 */
function readSheetRows(given: SourceRow[]): SelfEvaluationDocument {
  const joined = given.map((row) => row.cells.join('\t'));
  const { lines, warning: invisible } = stripInvisibleLines(joined);
  const rows = invisible ? given.map((row, i) => ({ ...row, cells: lines[i].split('\t') })) : given;
  const document = readTitledSheetRows(rows);
  if (invisible)
    document.warnings.unshift({ ...invisible, line: rows[invisible.line - 1]?.line ?? invisible.line });
  return document;
}

function readTitledSheetRows(rows: SourceRow[]): SelfEvaluationDocument {
  const titled = rows.find((row) =>
    row.cells.some((cell) => headingYear(cell) !== null || cell.includes('绩效自评表')),
  );
  const projectRow = rows.some((row) => /^项目名称[:：]?$/.test(row.cells.find((cell) => cell !== '') ?? ''));
  if (!titled && !projectRow) return noSelfEvaluation();
  const year = titled ? (titled.cells.map(headingYear).find((y) => y !== null) ?? null) : null;
  return readSelfEvaluationRows(rows, year);
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return doubleText(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('error' in value) return value.error;
  if ('formula' in value || 'sharedFormula' in value)
    return cellText((value as ExcelJS.CellFormulaValue).result ?? null);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value) return String(value.text);
  return '';
}
