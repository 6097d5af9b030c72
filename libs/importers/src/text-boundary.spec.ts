import * as fs from 'fs';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { importDocument } from './import-document';
import { ImportError, ProjectTargetsDocument } from './imported-document';
import { writeTemplateCsv } from './spreadsheet/template-csv';

const seed = (name: string) =>
  fs.readFileSync(path.resolve(process.cwd(), 'test/fixtures/seeds', name), 'utf8');

async function refusal(run: () => Promise<unknown>): Promise<ImportError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}

/** Where a document's line is: the first line holding `needle`, 1-based. */
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('the text boundary on imported documents', () => {
  const text = seed('dachuan-2024-budget.txt').replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  const target = lines.findIndex((l, i) => i > 200 && l.trim() !== '') + 1;

  it('refuses a NUL far past the binary sniff, naming its line', async () => {
    const padded = 'x'.repeat(70 * 1024) + '\n' + text;
    const withNul = padded.replace(lines[target - 1], `${lines[target - 1]}\u0000`);
    const error = await refusal(() => importDocument({ bytes: Buffer.from(withNul), filename: 'd.txt' }));
    expect([error.code, error.line]).toEqual(['UNSAFE_TEXT', target + 1]);
  });

  it('refuses a lone surrogate of a UTF-16 file, naming its line', async () => {
    const withLone = text.replace(lines[target - 1], `${lines[target - 1]}\ud800`);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(withLone, 'utf16le')]);
    const error = await refusal(() => importDocument({ bytes: utf16, filename: 'd.txt' }));
    expect([error.code, error.line]).toEqual(['UNSAFE_TEXT', target]);
  });

  it('removes bidi and zero-width characters from prose with a warning naming the line', async () => {
    const name = lines.find((l) => /医疗/.test(l))!;
    const spoofed = text.replace(name, name.replace('医疗', '医\u200B疗\u202E'));
    const result = await importDocument({ bytes: Buffer.from(spoofed), filename: 'd.txt' });
    const clean = await importDocument({ bytes: Buffer.from(text), filename: 'd.txt' });
    const [warning] = result.documents[0].warnings;
    expect(warning).toMatchObject({ code: 'INVISIBLE_CHARACTERS_REMOVED', line: lineOf(text, name) });
    expect({ ...result.documents[0], warnings: [] }).toEqual({ ...clean.documents[0], warnings: [] });
    expect(JSON.stringify(result)).not.toMatch(/[\u200B\u202E]/);
  });

  const templateDocument = (name: string): ProjectTargetsDocument => ({
    kind: 'project-targets',
    layout: 'template',
    year: 2024,
    department: { code: '001', name: '财政局' },
    projects: [
      {
        unitCode: '001001',
        unitName: '财政局本级',
        code: null,
        name,
        category: null,
        budget: null,
        fiscalBudget: null,
        otherBudget: null,
        goal: null,
        competentDepartment: null,
        implementingUnit: null,
        indicators: [],
        line: 2,
      },
    ],
    stated: { projects: null, budget: null },
    totals: { projects: 1, indicators: 0, budget: null as never },
    warnings: [],
  });

  it('refuses a NUL in a template cell naming the sheet and cell, and strips invisible characters in names', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('绩效目标');
    // ExcelJS drops a raw NUL when writing, but reads Excel's escape `_x0000_` back as one: what an attacker would send.
    const csv = writeTemplateCsv([templateDocument('项目_x0000_甲')]).replace(/^\uFEFF/, '');
    csv
      .trim()
      .split('\r\n')
      .forEach((row) => sheet.addRow(row.split(',')));
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const error = await refusal(() => importDocument({ bytes, filename: 't.xlsx' }));
    const column = csv.split('\r\n')[0].split(',').indexOf('项目名称');
    expect([error.code, error.field]).toEqual([
      'UNSAFE_TEXT',
      `绩效目标!${String.fromCharCode(65 + column)}2`,
    ]);

    const spoofed = writeTemplateCsv([templateDocument('项目\u202E甲')]);
    const result = await importDocument({ bytes: Buffer.from(spoofed), filename: 't.csv' });
    const document = result.documents[0] as ProjectTargetsDocument;
    expect(document.projects[0].name).toBe('项目甲');
    expect(document.warnings.map((w) => [w.code, w.line])).toContainEqual([
      'INVISIBLE_CHARACTERS_REMOVED',
      2,
    ]);
  });
});
