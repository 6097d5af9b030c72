import * as fs from 'fs';
import * as path from 'path';
import { Decimal } from '@jixiao/decimal';
import { importDocument } from './import-document';
import { ImportedProject, ProjectTargetsDocument, StatedUnitTotal } from './imported-document';
import { toImportReportJson } from './import-report-json';
import { reconcilableUnitTotals, unitBudgetSums, unitKey } from './stated-unit-totals';

const d = Decimal.parse;
const unit = (
  unitCode: string | null,
  unitName: string,
  budget: string,
  source: StatedUnitTotal['source'],
  line = 1,
): StatedUnitTotal => ({ unitCode, unitName, budget: d(budget), line, source });
const stated = (budget: string | null, units: StatedUnitTotal[]): ProjectTargetsDocument['stated'] => ({
  projects: null,
  budget: budget === null ? null : d(budget),
  units,
});
const project = (unitCode: string | null, unitName: string | null, budget: string | null) =>
  ({ unitCode, unitName, budget: budget === null ? null : d(budget) }) as ImportedProject;

async function seedDocument(file: string): Promise<ProjectTargetsDocument> {
  const bytes = fs.readFileSync(path.resolve(process.cwd(), 'test/fixtures/seeds', file));
  const result = await importDocument({ bytes, filename: file });
  return result.documents.find((doc): doc is ProjectTargetsDocument => doc.kind === 'project-targets')!;
}

describe('unitKey', () => {
  it.each([
    ['315001', '乐山市医疗保障局机关', '315001'],
    [' 315 001 ', 'x', '315001'],
    [null, '乐山市医疗保障 局机关', '乐山市医疗保障局机关'],
    ['', '吉林省医药价格指导中心', '吉林省医药价格指导中心'],
    [null, null, ''],
  ])('(%p, %p) → %p', (code, name, key) => {
    expect(unitKey(code, name)).toBe(key);
  });
});

describe('reconcilableUnitTotals', () => {
  it('keeps a project table total row whatever the rest adds up to', () => {
    const row = unit('001', 'A', '10.00', 'project-table');
    expect(reconcilableUnitTotals(stated('99.00', [row]))).toEqual([row]);
    expect(reconcilableUnitTotals(stated(null, [row]))).toEqual([row]);
  });

  it('keeps income table rows that add up to the stated project total (Leshan: 782.20 + 810.37 + 80.24 = 1672.81)', () => {
    const rows = [
      unit('315001', '机关', '782.20', 'income-table', 166),
      unit('315302', '事务中心', '810.37', 'income-table', 167),
      unit('315303', '结算中心', '80.24', 'income-table', 168),
    ];
    expect(reconcilableUnitTotals(stated('1672.81', rows))).toEqual(rows);
  });

  it('drops income table rows that do not: they state whole unit budgets beyond the projects (Dachuan-like)', () => {
    const rows = [unit('136001', 'A', '4187.90', 'income-table')];
    expect(reconcilableUnitTotals(stated('3541.72', rows))).toEqual([]);
    // Off by a cent is still "not the project table's total": the prose statement is what they must match.
    expect(reconcilableUnitTotals(stated('4187.89', rows))).toEqual([]);
    expect(reconcilableUnitTotals(stated(null, rows))).toEqual([]);
  });

  it('prefers the project table row where a unit is stated twice, and keeps both sources otherwise', () => {
    const income = [unit('001', 'A', '10.00', 'income-table'), unit('002', 'B', '5.00', 'income-table')];
    const row = unit('001', 'A', '9.99', 'project-table', 40);
    expect(reconcilableUnitTotals(stated('15.00', [row, ...income]))).toEqual([row, income[1]]);
    expect(reconcilableUnitTotals(stated('15.00', [...income, row]))).toEqual([row, income[1]]);
  });

  it('is empty where a document states no unit', () => {
    expect(reconcilableUnitTotals({ projects: 6, budget: d('3541.72') })).toEqual([]);
  });
});

describe('unitBudgetSums', () => {
  it('adds budgets per unit key, counting projects without a budget as nothing', () => {
    const sums = unitBudgetSums([
      project('001', 'A', '1.10'),
      project('001', 'A 改名', '2.20'),
      project(null, 'B', null),
      project(null, 'B', '0.01'),
      project(null, null, '5'),
    ]);
    expect([...sums].map(([key, sum]) => [key, sum.projects, sum.budget.toFixed(2)])).toEqual([
      ['001', 2, '3.30'],
      ['B', 2, '0.01'],
      ['', 1, '5.00'],
    ]);
  });
});

describe('unit totals of the seeds', () => {
  it('Leshan: the three units of the 部门收入总表 are checked; two are a cent off their projects', async () => {
    const document = await seedDocument('leshan-2024-budget.txt');
    expect(
      reconcilableUnitTotals(document.stated).map((u) => [u.unitCode, u.budget.toFixed(2), u.line, u.source]),
    ).toEqual([
      ['315001', '782.20', 166, 'income-table'],
      ['315302', '810.37', 167, 'income-table'],
      ['315303', '80.24', 168, 'income-table'],
    ]);
    const warnings = document.warnings.filter((w) => w.code === 'STATED_UNIT_TOTAL_MISMATCH');
    expect(warnings).toEqual([
      {
        code: 'STATED_UNIT_TOTAL_MISMATCH',
        message:
          'unit 315001 乐山市医疗保障局机关: the document states 782.20 万元 (line 166) but its projects add up to 782.21 万元 (difference 0.01); both kept as printed',
        line: 166,
      },
      {
        code: 'STATED_UNIT_TOTAL_MISMATCH',
        message:
          'unit 315302 乐山市医疗保障事务中心: the document states 810.37 万元 (line 167) but its projects add up to 810.38 万元 (difference 0.01); both kept as printed',
        line: 167,
      },
    ]);
    const report = toImportReportJson({ documents: [document] }).documents[0];
    expect(report.kind === 'project-targets' && report.stated.units).toEqual([
      {
        unitCode: '315001',
        unitName: '乐山市医疗保障局机关',
        budget: '782.20',
        line: 166,
        source: 'income-table',
        checked: true,
      },
      {
        unitCode: '315302',
        unitName: '乐山市医疗保障事务中心',
        budget: '810.37',
        line: 167,
        source: 'income-table',
        checked: true,
      },
      {
        unitCode: '315303',
        unitName: '乐山市医疗保障数据和医疗保险异地结算中心',
        budget: '80.24',
        line: 168,
        source: 'income-table',
        checked: true,
      },
    ]);
  });

  it.each(['dachuan-2024-budget.txt', 'jilin-2024-budget.txt', 'lanshan-2024-budget.txt'])(
    '%s states no unit total its projects could be checked against',
    async (file) => {
      const document = await seedDocument(file);
      expect(reconcilableUnitTotals(document.stated)).toEqual([]);
      expect(document.warnings.filter((w) => w.code === 'STATED_UNIT_TOTAL_MISMATCH')).toEqual([]);
    },
  );
});
