import * as fs from 'fs';
import * as path from 'path';
import { Decimal } from '@jixiao/decimal';
import { importDocument } from './import-document';
import { DepartmentTargetsDocument, ImportError, ImportResult, ProjectTargetsDocument } from './imported-document';
import { importText } from './import-text';

const seed = (name: string) => fs.readFileSync(path.resolve(process.cwd(), 'test/fixtures/seeds', name));
const projectsOf = (result: ImportResult) => result.documents.filter((d): d is ProjectTargetsDocument => d.kind === 'project-targets');

async function refusal(run: () => Promise<unknown>): Promise<ImportError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}

describe('importDocument on the seeds', () => {
  it.each([
    ['leshan-2024-budget.txt', 'leshan', 27, '1672.81', '1672.83', ['project-targets', 'department-targets']],
    ['dachuan-2024-budget.txt', 'dachuan', 6, '3541.72', '3541.72', ['project-targets', 'department-targets']],
    ['jilin-2024-budget.txt', 'jilin', 10, '1251.49', '1251.51', ['project-targets']],
    ['lanshan-2024-budget.txt', 'lanshan', 6, '10625.00', '10625.00', ['project-targets']],
  ])('%s: %s, %i projects, stated %s, items %s', async (file, layout, count, stated, summed, kinds) => {
    const result = await importDocument({ bytes: seed(file), filename: file });
    expect(result.documents.map((d) => d.kind)).toEqual(kinds);
    const [document] = projectsOf(result);
    expect([document.layout, document.year, document.stated.projects, document.stated.budget?.toFixed(2)]).toEqual([layout, 2024, count, stated]);
    expect([document.totals.projects, document.totals.budget.toFixed(2)]).toEqual([count, summed]);
    const mismatch = document.warnings.filter((w) => w.code === 'STATED_TOTAL_MISMATCH');
    expect(mismatch.map((w) => w.message)).toEqual(
      stated === summed ? [] : [expect.stringContaining(`states ${stated} 万元 but its projects add up to ${summed} 万元`)],
    );
    expect(document.warnings.filter((w) => w.code === 'STATED_COUNT_MISMATCH' || w.code === 'DUPLICATE_PROJECT')).toEqual([]);
  });

  it.each(['leshan-2024-budget.txt', 'dachuan-2024-budget.txt'])('%s: every project weighs 90', async (file) => {
    const [document] = projectsOf(await importDocument({ bytes: seed(file), filename: file }));
    const sums = document.projects.map((p) => Decimal.sum(p.indicators.map((i) => i.weight ?? Decimal.ZERO)).toString());
    expect(new Set(sums)).toEqual(new Set(['90']));
    expect(document.warnings.filter((w) => w.code === 'WEIGHT_SUM')).toEqual([]);
  });

  it('Lanshan: 6 forms without weights, shifted and empty cells reported with their lines', async () => {
    const [document] = projectsOf(await importDocument({ bytes: seed('lanshan-2024-budget.txt'), filename: 'x.TXT' }));
    expect(document.projects.map((p) => [p.line, p.name, p.budget?.toString(), p.fiscalBudget?.toString(), p.indicators.length])).toEqual([
      [417, '城乡居民基本医疗保险补助资金', '6209', '6209', 12],
      [439, '特殊群体参保缴费财政补助', '3268', '3268', 14],
      [463, '城乡医疗救助', '400', '400', 12],
      [485, '职工长期护理保险财政补助', '360', '360', 7],
      [502, '离休人员医疗费参保缴费补助', '222', '222', 12],
      [524, '医疗保障工作经费', '166', '166', 22],
    ]);
    expect(document.projects.every((p) => p.indicators.every((i) => i.weight === null))).toBe(true);
    expect(document.projects[5].implementingUnit).toBe('兰山区医疗保障局');
    const lines = (code: string) => document.warnings.filter((w) => w.code === code).map((w) => w.line);
    expect(lines('VALUE_MISSING')).toEqual([476, 549]);
    expect(lines('WEIGHT_MISSING')).toEqual([]);
    expect(lines('WEIGHT_SUM')).toEqual([]);
    expect(lines('CELL_SHIFTED')).toEqual(expect.arrayContaining([425, 427, 476, 516, 518, 550]));
    expect(lines('LEVEL_NOT_IN_CATALOGUE')).toEqual([459, 498]); // 服务对象满意度指 (cut short)
  });

  it('Leshan: the 部门整体 table becomes a second document', async () => {
    const result = await importDocument({ bytes: seed('leshan-2024-budget.txt'), filename: 'leshan.txt' });
    const department = result.documents[1] as DepartmentTargetsDocument;
    expect([department.budget.total?.toFixed(2), department.tasks.length, department.indicators.length]).toEqual(['1672.81', 9, 21]);
  });

  it('Jinkouhe has no target table: refused, pointing to `score`', async () => {
    const error = await refusal(() => importDocument({ bytes: seed('jinkouhe-2023-final-accounts.txt'), filename: 'jinkouhe.txt' }));
    expect(error.code).toBe('UNKNOWN_LAYOUT');
    expect(error.message).toMatch(/no performance-target table found; line \d+ starts a self-evaluation table .*`score`/);
  });
});

describe('importDocument refusals', () => {
  it.each([
    ['EMPTY_FILE', Buffer.alloc(0), 'a.txt'],
    ['BINARY_FILE', Buffer.from('PK\u0003\u0004\0\0'), 'a.txt'],
    ['UNKNOWN_LAYOUT', Buffer.from('一份没有绩效目标表的文件\n第二行\n'), 'a.txt'],
    ['UNKNOWN_LAYOUT', Buffer.from('x'), 'a.pdf'],
    ['FILE_TOO_LARGE', Buffer.alloc(2048, 0x41), 'a.xlsx'],
  ])('%s', async (code, bytes, filename) => {
    expect((await refusal(() => importDocument({ bytes, filename, limits: { maxBytes: 1024 } }))).code).toBe(code);
  });

  it('refuses a >50 MB text with the default limit', async () => {
    const error = await refusal(() => importDocument({ bytes: Buffer.alloc(50 * 1024 * 1024 + 10, 0x41), filename: 'big.txt' }));
    expect(error.code).toBe('FILE_TOO_LARGE');
  });

  it('names the missing columns and the line of an incomplete target table header', () => {
    const text = '项目支出绩效目标表\n\n单位名称\t项目名称\t年度资金总额\t一级指标\t二级指标\t三级指标\t指标值\t权重\n';
    let error: unknown;
    try {
      importText(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ImportError);
    expect(error).toMatchObject({ code: 'COLUMNS_MISSING', line: 3, field: '年度绩效目标, 指标解释' });
    expect((error as ImportError).message).toMatch(/^line 3: the target table header lacks the column\(s\) 年度绩效目标, 指标解释 of the Jilin layout/);
  });
});
