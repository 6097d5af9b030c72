import * as ExcelJS from 'exceljs';
import { uploadLimits } from '../source/upload-limits';
import { inspectXlsx } from './inspect-xlsx';
import { readFirstSheet } from './xlsx-first-sheet';

async function workbook(rows: number, merge?: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('绩效目标');
  for (let r = 1; r <= rows; r += 1) sheet.addRow([`项目${r}`, r]);
  if (merge) sheet.mergeCells(merge);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('inspectXlsx', () => {
  it('counts the rows and merged ranges of every worksheet', async () => {
    const facts = await inspectXlsx(await workbook(3000, 'A2:A5'), uploadLimits());
    expect(facts.worksheets.get('xl/worksheets/sheet1.xml')).toEqual({ rows: 3000, merges: ['A2:A5'] });
    expect(facts.first).toBe('xl/worksheets/sheet1.xml');
  });

  it.each([
    ['rows', { maxRows: 2999 }, 'maxRows'],
    ['inflated bytes', { maxInflatedBytes: 50_000 }, 'maxInflatedBytes'],
  ] as const)('refuses a workbook over its %s', async (_what, limit, name) => {
    await expect(inspectXlsx(await workbook(3000), uploadLimits(limit))).rejects.toMatchObject({
      code: 'LIMIT_EXCEEDED',
      limit: { name },
    });
  });

  it('refuses a part compressed more than allowed, once past its first MiB', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('s').addRow(['A'.repeat(2 * 1024 * 1024)]); // one shared string: about 2 KB deflated
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    await expect(inspectXlsx(bytes, uploadLimits({ maxCompressionRatio: 10 }))).rejects.toMatchObject({
      limit: { name: 'maxCompressionRatio' },
    });
  });

  it('refuses what is not a ZIP as an unreadable spreadsheet', async () => {
    await expect(inspectXlsx(Buffer.from('PK not really a zip file'), uploadLimits())).rejects.toMatchObject({
      code: 'BAD_SPREADSHEET',
    });
  });
});

describe('readFirstSheet', () => {
  it('streams the rows of the first worksheet with their numbers, and returns its merged ranges', async () => {
    const rows: unknown[][] = [];
    const { merges } = await readFirstSheet(await workbook(3, 'B1:B2'), uploadLimits(), ({ row, cells }) =>
      rows.push([row, ...cells]),
    );
    expect(rows).toEqual([
      [1, '项目1', 1],
      [2, '项目2'], // B2 is covered by the merge: exceljs writes no value there
      [3, '项目3', 3],
    ]);
    expect(merges).toEqual(['B1:B2']);
  });
});
