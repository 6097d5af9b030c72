import { ImportError, ProjectTargetsDocument } from '../imported-document';
import { csvFileRecords, csvRecords } from '../source/csv-records';
import { DEFAULT_UPLOAD_LIMITS, UploadLimits } from '../source/upload-limits';
import { NumberedRow, readTemplateRows, rowByKey, templateColumnIndexes } from './read-template-rows';
import { TEMPLATE_COLUMNS, TemplateKey } from './template-columns';
import { toTemplateRows } from './template-rows';

const BOM = '\uFEFF';

/** The template as CSV, UTF-8 with a BOM so that Excel opens the Chinese text correctly; CRLF as Excel writes. */
export function writeTemplateCsv(documents: ProjectTargetsDocument[]): string {
  const lines = [TEMPLATE_COLUMNS.map((c) => quote(c.header)).join(',')];
  for (const row of toTemplateRows(documents)) lines.push(TEMPLATE_COLUMNS.map((c) => quote(row[c.key])).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/**
 * Reads the template back from CSV (with or without BOM, with Excel's quoting): text, or the file's
 * bytes, decoded and parsed piece by piece (UTF-8, else GB18030) within the row and line limits.
 */
export function readTemplateCsv(input: string | Buffer, limits: UploadLimits = DEFAULT_UPLOAD_LIMITS): ProjectTargetsDocument[] {
  const records = typeof input === 'string' ? csvRecords([input], limits) : csvFileRecords(input, limits);
  const rows: NumberedRow[] = [];
  let indexes: Map<TemplateKey, number> | null = null;
  for (const { row, cells } of records) {
    if (indexes === null) indexes = templateColumnIndexes(row === 1 ? withoutBom(cells) : cells);
    else rows.push({ row, cells: rowByKey(cells, indexes) });
  }
  if (indexes === null) throw new ImportError('EMPTY_FILE', 'the CSV file has no header row');
  return readTemplateRows(rows);
}

function withoutBom(cells: string[]): string[] {
  return cells.length > 0 && cells[0].startsWith(BOM) ? [cells[0].slice(1), ...cells.slice(1)] : cells;
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}
