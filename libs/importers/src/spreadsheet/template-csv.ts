import { ImportError, ProjectTargetsDocument } from '../imported-document';
import { NumberedRow, readTemplateRows, rowByKey, templateColumnIndexes } from './read-template-rows';
import { TEMPLATE_COLUMNS } from './template-columns';
import { toTemplateRows } from './template-rows';

const BOM = '\uFEFF';

/** The template as CSV, UTF-8 with a BOM so that Excel opens the Chinese text correctly; CRLF as Excel writes. */
export function writeTemplateCsv(documents: ProjectTargetsDocument[]): string {
  const lines = [TEMPLATE_COLUMNS.map((c) => quote(c.header)).join(',')];
  for (const row of toTemplateRows(documents)) lines.push(TEMPLATE_COLUMNS.map((c) => quote(row[c.key])).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** Reads the template back from CSV text (with or without BOM, with Excel's quoting). */
export function readTemplateCsv(text: string): ProjectTargetsDocument[] {
  const records = parseCsv(text.replace(/^\uFEFF/, ''));
  if (records.length === 0) throw new ImportError('EMPTY_FILE', 'the CSV file has no header row');
  const indexes = templateColumnIndexes(records[0]);
  const rows: NumberedRow[] = records.slice(1).map((cells, i) => ({ row: i + 2, cells: rowByKey(cells, indexes) }));
  return readTemplateRows(rows);
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** RFC 4180: quoted cells may hold commas, quotes ("") and line breaks. Linear in the text. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      record.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      record.push(cell);
      records.push(record);
      record = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || record.length > 0) {
    record.push(cell);
    records.push(record);
  }
  return records;
}
