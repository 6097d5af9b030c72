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
  return parseCsvRows(text).map((r) => r.cells);
}

/** The same, each row with its 1-based row number as a spreadsheet shows it (blank rows counted). */
export function parseCsvRows(text: string): { row: number; cells: string[] }[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows.map((cells, i) => ({ row: i + 1, cells })).filter((r) => r.cells.some((f) => f.trim() !== ''));
}
