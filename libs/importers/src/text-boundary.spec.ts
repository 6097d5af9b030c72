import * as fs from 'fs';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { importDocument } from './import-document';
import { ProjectTargetsDocument } from './imported-document';
import { parseSelfEvaluationDocument } from './self-evaluation/parse-self-evaluation-document';
import { TEMPLATE_COLUMNS } from './spreadsheet/template-columns';

const seed = (name: string) =>
  fs.readFileSync(path.resolve(process.cwd(), 'test/fixtures/seeds', name), 'utf8');

/** Where a document's line is: the first line holding `needle`, 1-based. */
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('the text boundary on imported documents', () => {
  const text = seed('dachuan-2024-budget.txt').replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  const target = lines.findIndex((l, i) => i > 200 && l.trim() !== '') + 1;

  it('refuses a NUL far past the binary sniff, naming its line', async () => {
    const padded = 'x'.repeat(70 * 1024) + '\n' + text;
    const withNul = padded.replace(lines[target - 1], `${lines[target - 1]}\u0000`);
    await expect(importDocument({ bytes: Buffer.from(withNul), filename: 'd.txt' })).rejects.toMatchObject({
      code: 'UNSAFE_TEXT',
      line: target + 1,
    });
  });

  it('refuses a lone surrogate of a UTF-16 file, naming its line', async () => {
    const withLone = text.replace(lines[target - 1], `${lines[target - 1]}\ud800`);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(withLone, 'utf16le')]);
    await expect(importDocument({ bytes: utf16, filename: 'd.txt' })).rejects.toMatchObject({
      code: 'UNSAFE_TEXT',
      line: target,
    });
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

  /** The template as rows of cells (header row first): one project row with `projectName`. */
  const templateRows = (projectName: string): string[][] => {
    const cells: Record<string, string> = {
      departmentName: '财政局',
      year: '2024',
      unitName: '财政局本级',
      projectName,
    };
    return [TEMPLATE_COLUMNS.map((c) => c.header), TEMPLATE_COLUMNS.map((c) => cells[c.key] ?? '')];
  };

  it('refuses a NUL in a template cell naming the cell; an xlsx cannot carry one, and strips invisible characters in names', async () => {
    const column = String.fromCharCode(65 + TEMPLATE_COLUMNS.findIndex((c) => c.key === 'projectName'));
    // UTF-16 (by its BOM) is not sniffed for binary bytes: the NUL reaches the cell check.
    const withNul = templateRows('项目\u0000甲')
      .map((row) => row.join(','))
      .join('\n');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(withNul, 'utf16le')]);
    await expect(importDocument({ bytes: utf16, filename: 't.csv' })).rejects.toMatchObject({
      code: 'UNSAFE_TEXT',
      field: `CSV!${column}2`,
    });
    // The streaming xlsx reader does not decode Excel's escape `_x0000_` (the whole-workbook loader made it
    // a NUL), and refuses a character reference `&#0;` as malformed XML: no NUL reaches the database.
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('绩效目标');
    templateRows('项目_x0000_甲').forEach((row) => sheet.addRow(row));
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const read = await importDocument({ bytes, filename: 't.xlsx' });
    expect((read.documents[0] as ProjectTargetsDocument).projects[0].name).toBe('项目_x0000_甲');

    const csv = templateRows('项目\u202E甲')
      .map((row) => row.join(','))
      .join('\n');
    const result = await importDocument({ bytes: Buffer.from(csv), filename: 't.csv' });
    const document = result.documents[0] as ProjectTargetsDocument;
    expect(document.projects[0].name).toBe('项目甲');
    expect(document.warnings.map((w) => [w.code, w.line])).toContainEqual([
      'INVISIBLE_CHARACTERS_REMOVED',
      2,
    ]);
  });

  it('strips invisible characters from a self-evaluation document too, with the same warning', () => {
    const final = seed('jinkouhe-2023-final-accounts.txt');
    const projectLine = final.split(/\r\n?|\n/).findIndex((l) => l.startsWith('项目名称')) + 1;
    const spoofed = final
      .split(/\r\n?|\n/)
      .map((line, i) => (i + 1 === projectLine ? line.replace('项目名称', '项目名称\u200B') : line))
      .join('\n');
    const clean = parseSelfEvaluationDocument(final);
    const result = parseSelfEvaluationDocument(spoofed);
    expect(result.warnings).toContainEqual(
      expect.objectContaining({ code: 'INVISIBLE_CHARACTERS_REMOVED', line: projectLine }),
    );
    expect(result.projects).toEqual(clean.projects);
  });
});
