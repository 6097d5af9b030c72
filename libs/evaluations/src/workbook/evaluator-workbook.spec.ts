import { readSelfEvaluationXlsx } from '@jixiao/importers';
import ExcelJS from 'exceljs';
import { IDS_SHEET } from './evaluator-workbook-form';
import { scorecardFixture } from './evaluator-workbook-card.fixture';
import { readEvaluatorWorkbook } from './read-evaluator-workbook';
import { writeEvaluatorWorkbook } from './write-evaluator-workbook';

const SCOPE = { unitId: '00000000-0000-4000-8000-00000000000a', year: 2024 };
const cards = [scorecardFixture(0, 4), scorecardFixture(1, 3)];
/** Writing and reading a workbook takes well under a second, many more on a loaded machine. */
const XLSX_TIMEOUT = 60_000;

async function edited(edit: (book: ExcelJS.Workbook) => void): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await writeEvaluatorWorkbook(cards, SCOPE)) as unknown as ArrayBuffer);
  edit(book);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('evaluator workbook: one protected sheet per project, read back', () => {
  it(
    'locks targets, weights and 得分, unlocks and validates the inputs, hides the ids',
    async () => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load((await writeEvaluatorWorkbook(cards, SCOPE)) as unknown as ArrayBuffer);
      expect(book.worksheets.map((s) => [s.name, s.state])).toEqual([
        ['项目1', 'visible'],
        ['项目2', 'visible'],
        [IDS_SHEET, 'veryHidden'],
      ]);
      const sheet = book.getWorksheet('项目1')!;
      // exceljs keeps the protection it read on the sheet's model (not in its typings).
      expect((sheet as unknown as { sheetProtection: unknown }).sheetProtection).toMatchObject({
        sheet: true,
      });
      expect([
        sheet.getCell('D13').protection?.locked,
        sheet.getCell('F13').protection?.locked,
      ]).not.toContain(false);
      expect(sheet.getCell('G13').protection?.locked).not.toBe(false);
      expect([sheet.getCell('E13').protection?.locked, sheet.getCell('E5').protection?.locked]).toEqual([
        false,
        false,
      ]);
      expect(sheet.getCell('E5').dataValidation).toMatchObject({
        type: 'decimal',
        operator: 'greaterThanOrEqual',
      });
    },
    XLSX_TIMEOUT,
  );

  it(
    'reads back, unchanged, exactly what was exported',
    async () => {
      const upload = await readEvaluatorWorkbook(await writeEvaluatorWorkbook(cards, SCOPE));
      expect([upload.unitId, upload.year, upload.errors]).toEqual([SCOPE.unitId, 2024, []]);
      expect(upload.entries.map((e) => [e.sheet, e.evaluationId, e.version, e.executed])).toEqual(
        cards.map((c) => [c.projectName, c.id, 3, { total: '8', fiscal: '8', other: null }]),
      );
      expect(upload.entries[0].rows.map((r) => r.actual)).toEqual(cards[0].rows.map((r) => r.actual));
    },
    XLSX_TIMEOUT,
  );

  it(
    'is a 自评表 too: the CLI and the import read its project sheets (the hidden ids sheet left out)',
    async () => {
      const document = await readSelfEvaluationXlsx(await writeEvaluatorWorkbook(cards, SCOPE));
      expect(
        document.projects.map((p) => [p.name, p.sheet, p.indicators.length, p.executed?.toString()]),
      ).toEqual([
        ['项目1', '项目1', 4, '8'],
        ['项目2', '项目2', 3, '8'],
      ]);
      expect(document.warnings).toEqual([]);
    },
    XLSX_TIMEOUT,
  );

  it(
    'takes the entries and names every bad cell by sheet, row and cell in Chinese',
    async () => {
      const upload = await readEvaluatorWorkbook(
        await edited((book) => {
          const sheet = book.getWorksheet('项目1')!;
          sheet.getCell('E5').value = '八万'; // text in 全年执行数
          sheet.getCell('E14').value = '98%';
          sheet.getCell('H14').value = '部分对象年底才到位';
          sheet.getCell('D13').value = '≥50%'; // a locked 年度指标值 changed
          book.getWorksheet('项目2')!.getCell('E5').value = 12; // 120 % of the budget: taken, scored as over-executed
        }),
      );
      expect(upload.errors).toEqual([
        {
          sheet: '项目1',
          row: 5,
          cell: 'E5',
          message: '工作表“项目1”E5：年度资金总额全年执行数“八万”不是不小于0的数字（万元）',
        },
        {
          sheet: '项目1',
          row: 13,
          cell: 'D13',
          message: '工作表“项目1”D13：第1项指标的年度指标值不可修改（导出时为“≥90%”，现为“≥50%”）',
        },
      ]);
      expect(upload.entries[0].rows[1]).toEqual({
        position: 1,
        actual: '98%',
        deductionReason: '部分对象年底才到位',
      });
      expect(upload.entries[1].executed.total).toBe('12');
    },
    XLSX_TIMEOUT,
  );

  it(
    'refuses a workbook it did not make, and names a deleted sheet',
    async () => {
      const other = new ExcelJS.Workbook();
      other.addWorksheet('Sheet1').addRow(['x']);
      const foreign = await readEvaluatorWorkbook(Buffer.from(await other.xlsx.writeBuffer()));
      expect(foreign.errors[0].message).toContain('不是本系统导出的自评工作簿');
      const missing = await readEvaluatorWorkbook(
        await edited((book) => book.removeWorksheet(book.getWorksheet('项目2')!.id)),
      );
      expect(missing.errors).toEqual([
        expect.objectContaining({ sheet: '项目2', message: expect.stringContaining('缺失') }),
      ]);
    },
    XLSX_TIMEOUT,
  );
});
