import { readSelfEvaluationFile } from '@jixiao/importers';
import ExcelJS from 'exceljs';
import * as iconv from 'iconv-lite';
import {
  SEED_001 as seed,
  seedCsv as csv,
  seedXlsx as xlsx,
} from '../../../test/fixtures/handed-in-self-evaluation';
import { scoreSelfEvaluation, scoreSelfEvaluationDocument } from './self-evaluation-report';

// Seed 001's 自评表 as the evaluators' spreadsheets hold them: the official form, one project per sheet.
const printed = scoreSelfEvaluationDocument(seed);
const scored = printed.projects.filter((p) => p.printedTotal !== null);
/** Writing and reading the workbook takes a second or two, many more on a loaded machine. */
const XLSX_TIMEOUT = 60_000;

function expectPrintedScores(report: ReturnType<typeof scoreSelfEvaluation>): void {
  expect(report.year).toBe(2023);
  for (const original of scored) {
    const project = report.projects.find((p) => p.name === original.name)!;
    expect([project.total, project.grade]).toEqual([original.printedTotal, original.grade]);
    expect(project.rows.map((r) => [r.level3, r.actual, r.score])).toEqual(
      original.rows.map((r) => [r.level3, r.actual, r.printedScore]),
    );
  }
}

describe('自评表 spreadsheets: one project per sheet (.xlsx) and one table after another (.csv)', () => {
  it.each([true, false])(
    '.xlsx with 得分 blanked %s scores the printed totals and rows',
    async (blank) => {
      const document = await readSelfEvaluationFile(await xlsx(blank), '自评表.xlsx');
      expect(document.projects.map((p) => p.name)).toEqual(printed.projects.map((p) => p.name));
      expect(document.projects[1].sheet).toBe('项目2');
      expect(document.warnings.map((w) => [w.code, w.sheet])).toEqual([
        ['TABLE_CUT_OFF', '项目1'],
        ['TABLE_PRINTED_TWICE', '项目4'],
      ]);
      const report = scoreSelfEvaluation(document);
      expectPrintedScores(report);
      expect(report.projects.every((p) => p.differences.length === 0)).toBe(true);
    },
    XLSX_TIMEOUT,
  );

  it.each<[string, BufferEncoding | 'gb18030']>([
    ['UTF-8 with BOM', 'utf8'],
    ['GB18030', 'gb18030'],
  ])(
    '.csv in %s, 得分 blanked, scores the printed totals and rows',
    async (_, encoding) => {
      const text = csv(true);
      const bytes =
        encoding === 'gb18030' ? iconv.encode(text, 'gb18030') : Buffer.from(`\uFEFF${text}`, 'utf8');
      const report = scoreSelfEvaluation(await readSelfEvaluationFile(bytes, 'ziping.csv'));
      expectPrintedScores(report);
      expect(report.projects.map((p) => p.printedTotal)).toEqual(printed.projects.map(() => null));
    },
    XLSX_TIMEOUT,
  );

  it(
    'says NO_SELF_EVALUATION for a workbook of something else',
    async () => {
      const workbook = new ExcelJS.Workbook();
      workbook.addWorksheet('绩效目标').addRow(['项目', '指标']);
      const document = await readSelfEvaluationFile(Buffer.from(await workbook.xlsx.writeBuffer()), 'x.xlsx');
      expect(document.warnings.map((w) => w.code)).toEqual(['NO_SELF_EVALUATION']);
    },
    XLSX_TIMEOUT,
  );
});
