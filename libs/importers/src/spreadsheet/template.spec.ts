import * as fs from 'fs';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { ImportError, ProjectTargetsDocument } from '../imported-document';
import { importText } from '../import-text';
import { importDocument } from '../import-document';
import { checkProjectDocument } from '../document-checks';
import { readTemplateCsv, writeTemplateCsv } from './template-csv';
import { readTemplateXlsx, writeTemplateXlsx } from './template-xlsx';
import { TEMPLATE_COLUMNS } from './template-columns';

const seedDocument = (name: string) =>
  importText(fs.readFileSync(path.resolve(process.cwd(), 'test/fixtures/seeds', name), 'utf8')).documents[0] as ProjectTargetsDocument;

/** What must survive a round trip: everything but the source line numbers and the printed text. */
function essence(documents: ProjectTargetsDocument[]) {
  return documents.map((d) => ({
    year: d.year,
    department: d.department,
    projects: d.projects.map((p) => ({
      ...p,
      line: undefined,
      budget: p.budget?.toString(),
      fiscalBudget: p.fiscalBudget?.toString(),
      otherBudget: p.otherBudget?.toString(),
      indicators: p.indicators.map((i) => ({
        ...i,
        line: undefined,
        text: undefined,
        weight: i.weight?.toString(),
        target: { ...i.target, text: undefined, amount: i.target.kind === 'number' ? i.target.amount.toString() : undefined },
      })),
    })),
  }));
}

async function refusal(run: () => Promise<unknown> | unknown): Promise<ImportError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}

async function workbook(rows: unknown[][], edit?: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('绩效目标');
  sheet.addRow(TEMPLATE_COLUMNS.map((c) => c.header));
  rows.forEach((row) => sheet.addRow(row));
  edit?.(sheet);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** A template row by key (the rest empty). */
function row(cells: Partial<Record<(typeof TEMPLATE_COLUMNS)[number]['key'], unknown>>): unknown[] {
  return TEMPLATE_COLUMNS.map((c) => cells[c.key] ?? null);
}

describe('spreadsheet template', () => {
  // Read back through the checks an import runs, which map the printed level names to the catalogue again.
  it.each(['leshan-2024-budget.txt', 'dachuan-2024-budget.txt', 'jilin-2024-budget.txt', 'lanshan-2024-budget.txt'])(
    '%s round-trips through .xlsx and .csv',
    async (name) => {
      const document = seedDocument(name);
      const fromXlsx = (await readTemplateXlsx(await writeTemplateXlsx([document]))).map(checkProjectDocument);
      const csv = writeTemplateCsv([document]);
      expect(csv.startsWith('\uFEFF部门编码,部门名称,年度,')).toBe(true);
      expect(essence(fromXlsx)).toEqual(essence([document]));
      expect(essence(readTemplateCsv(csv).map(checkProjectDocument))).toEqual(essence([document]));
    },
  );

  it('keeps Lanshan\'s 主管部门 and 实施单位 through the template', async () => {
    const document = seedDocument('lanshan-2024-budget.txt');
    const [fromXlsx] = await readTemplateXlsx(await writeTemplateXlsx([document]));
    expect(document.projects.every((p) => p.competentDepartment && p.implementingUnit)).toBe(true);
    expect(fromXlsx.projects.map((p) => [p.competentDepartment, p.implementingUnit])).toEqual(
      document.projects.map((p) => [p.competentDepartment, p.implementingUnit]),
    );
    expect(writeTemplateCsv([document]).split('\r\n')[0]).toContain(',项目类别,主管部门,实施单位,预算数,');
  });

  it('writes the printed level names, so an export keeps what was published', async () => {
    const document = seedDocument('leshan-2024-budget.txt');
    const printed = (d: ProjectTargetsDocument) =>
      d.projects.flatMap((p) => p.indicators).find((i) => i.level3 === '对健全医疗保障制度体系的作用')!;
    expect(printed(document)).toMatchObject({ level2: '可持续影响指标', level2Printed: '可持续发展指标' });
    const [fromXlsx] = await readTemplateXlsx(await writeTemplateXlsx([document]));
    expect(printed(checkProjectDocument(fromXlsx))).toMatchObject({ level2: '可持续影响指标', level2Printed: '可持续发展指标' });
  });

  it('imports an edited template through importDocument, with the common checks', async () => {
    const bytes = await writeTemplateXlsx([seedDocument('leshan-2024-budget.txt')]);
    const [document] = (await importDocument({ bytes, filename: 'leshan.xlsx' })).documents as ProjectTargetsDocument[];
    expect([document.layout, document.totals.projects, document.totals.indicators, document.totals.budget.toFixed(2)]).toEqual(['template', 27, 117, '1672.83']);
  });

  it('refuses text in a number column, naming the row and the column', async () => {
    const bytes = await workbook([
      row({ projectName: '日常公用经费', budget: 53.2, level1: '产出指标', level2: '数量指标', level3: '科目调整次数', operator: '≤', value: '5', unit: '次', weight: 20 }),
      row({ projectName: '日常公用经费', budget: 53.2, level1: '产出指标', level2: '质量指标', level3: '预算编制准确率', operator: '≤', value: '5', unit: '%', weight: '三十' }),
    ]);
    const error = await refusal(() => readTemplateXlsx(bytes));
    expect(error).toMatchObject({ code: 'NOT_A_NUMBER', line: 3, field: 'weight' });
    expect(error.message).toBe('row 3, column 权重 (weight): "三十" is not a number');
    const csv = `项目名称,一级指标,二级指标,三级指标,指标值,预算数\n日常公用经费,产出指标,数量指标,科目调整次数,5,五十三\n`;
    expect(await refusal(() => readTemplateCsv(csv))).toMatchObject({ code: 'NOT_A_NUMBER', line: 2, field: 'budget' });
  });

  it('refuses a template without its required columns', async () => {
    const error = await refusal(() => readTemplateCsv('项目名称,一级指标,二级指标\n日常公用经费,产出指标,数量指标\n'));
    expect(error).toMatchObject({ code: 'COLUMNS_MISSING', line: 1 });
    expect(error.message).toBe('row 1: the template lacks the column(s) 三级指标 (level3), 指标值 (value)');
  });

  it('reads a formula from its cached result with a warning, and refuses one never calculated', async () => {
    const cells = { projectName: '日常公用经费', level1: '产出指标', level2: '数量指标', level3: '科目调整次数', operator: '≤', value: '5', unit: '次' };
    const cached = await workbook([row({ ...cells, budget: { formula: '50+3.2', result: 53.2 }, weight: 90 })]);
    const [document] = await readTemplateXlsx(cached);
    expect(document.projects[0].budget?.toString()).toBe('53.2');
    expect(document.warnings).toEqual([{ code: 'SPREADSHEET_FORMULA', message: expect.stringContaining('row(s) 2'), line: 2 }]);
    const uncalculated = await workbook([row({ ...cells, budget: { formula: '50+3.2' }, weight: 90 })]);
    expect(await refusal(() => readTemplateXlsx(uncalculated))).toMatchObject({ code: 'BAD_SPREADSHEET', line: 2 });
  });

  it('reads merged project cells as the merged value on every row, with a warning', async () => {
    const indicator = (level3: string, weight: number) => row({ level1: '产出指标', level2: '数量指标', level3, operator: '≥', value: '1', unit: '次', weight });
    const bytes = await workbook([indicator('甲', 45), indicator('乙', 45)], (sheet) => {
      sheet.getCell('G2').value = '日常公用经费';
      sheet.mergeCells('G2:G3');
    });
    const [document] = await readTemplateXlsx(bytes);
    expect(document.projects.map((p) => [p.name, p.indicators.length])).toEqual([['日常公用经费', 2]]);
    expect(document.warnings.map((w) => [w.code, w.line])).toEqual([['SPREADSHEET_MERGED_CELLS', 3]]);
  });

  it('names the column of a cell that shows an error, by the file\'s own header', async () => {
    const cells = { projectName: '日常公用经费', level1: '产出指标', level2: '数量指标', level3: '科目调整次数', operator: '≤', value: '5', unit: '次', weight: 90 };
    const shown = await workbook([row({ ...cells, budget: { error: '#DIV/0!' } })]);
    const error = await refusal(() => readTemplateXlsx(shown));
    expect(error).toMatchObject({ code: 'BAD_SPREADSHEET', line: 2, field: 'budget' });
    expect(error.message).toBe('row 2, column 预算数 (budget): the cell shows #DIV/0!');
    const computed = await workbook([row({ ...cells, weight: { formula: '1/0', result: { error: '#DIV/0!' } } })]);
    expect(await refusal(() => readTemplateXlsx(computed))).toMatchObject({
      code: 'BAD_SPREADSHEET',
      field: 'weight',
      message: expect.stringMatching(/^row 2, column 权重 \(weight\): a formula without a calculated result \(never calculated, or it shows an error\)/),
    });
    // Columns in another order than the template's are named by their own header.
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('绩效目标');
    sheet.addRow(['项目名称', '一级指标', '二级指标', '三级指标', '指标值', '权重']);
    sheet.addRow(['日常公用经费', '产出指标', '数量指标', '科目调整次数', '≤5次', { error: '#REF!' }]);
    const reordered = await refusal(async () => readTemplateXlsx(Buffer.from(await book.xlsx.writeBuffer())));
    expect(reordered).toMatchObject({ field: 'weight', message: 'row 2, column 权重 (weight): the cell shows #REF!' });
  });

  it('reads numbers as the decimals they show, to 15 significant digits', async () => {
    const cells = { projectName: '日常公用经费', level1: '产出指标', level2: '数量指标', level3: '科目调整次数', operator: '≤', unit: '次' };
    const bytes = await workbook([
      row({ ...cells, budget: { formula: '0.1+0.2', result: 0.1 + 0.2 }, value: 0.0000001, weight: 90 }),
      row({ ...cells, level3: '预算编制准确率', value: 1672.81, weight: 0.1 + 0.7 }),
    ]);
    const [document] = await readTemplateXlsx(bytes);
    const [project] = document.projects;
    expect(project.budget?.toString()).toBe('0.3');
    expect(project.indicators.map((i) => [i.target.kind === 'number' ? i.target.amount.toString() : i.target.kind, i.weight?.toString()])).toEqual([
      ['0.0000001', '90'],
      ['1672.81', '0.8'],
    ]);
  });
});
