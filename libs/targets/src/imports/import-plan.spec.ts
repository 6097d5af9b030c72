import { Decimal } from '@jixiao/decimal';
import { parseIndicatorValue } from '@jixiao/indicator-value';
import { DuplicateProjectError } from './duplicate-project.error';
import { IncomingProject, planDepartmentTarget, planProjects, StoredProject } from './import-plan';
import { IndicatorRow, indicatorRow } from './indicator-row';

/** Leshan 日常公用经费 (315001), its first two printed rows. */
function row(
  level3: string,
  operator: string,
  value: string,
  unit: string,
  weight: string,
  text = `${operator} | ${value} | ${unit}`,
  level2Printed = '数量指标',
): IndicatorRow {
  const parsed = parseIndicatorValue({ operator, value, unit, name: level3 });
  return indicatorRow({
    level1: '产出指标',
    level2: '数量指标',
    level1Printed: '产出指标',
    level2Printed,
    level3,
    explanation: null,
    operator: parsed.value.operator,
    target: parsed.value,
    unit,
    weight: Decimal.parse(weight),
    direction: parsed.direction,
    text,
    line: 768,
  });
}

const ADJUSTMENTS = row('科目调整次数', '≤', '5', '次', '20');
const ACCURACY = row('预算编制准确率', '≤', '5', '%', '30');

function incoming(overrides: Partial<IncomingProject> = {}): IncomingProject {
  return {
    naturalKey: '315001|51000021Y000000011490',
    unitId: 'unit-1',
    code: '51000021Y000000011490',
    name: '日常公用经费',
    category: '人员类',
    budget: '53.20',
    fiscalBudget: null,
    otherBudget: null,
    goal: '提高预算编制质量，严格执行预算，保障单位正常运转。',
    competentDepartment: null,
    implementingUnit: null,
    indicators: [ADJUSTMENTS, ACCURACY],
    line: 768,
    ...overrides,
  };
}

function stored(overrides: Partial<StoredProject> = {}): StoredProject {
  const { line: _line, ...fields } = incoming();
  // numeric(16,2) and numeric(7,2) read back with trailing zeros; the weight as `20.00`.
  return {
    ...fields,
    id: 'p-1',
    budget: '53.20',
    indicators: [{ ...ADJUSTMENTS, weight: '20.00', sourceLine: 900 }, ACCURACY],
    ...overrides,
  };
}

const ids = () => {
  let n = 0;
  return () => `new-${++n}`;
};

describe('planProjects', () => {
  it('creates what is new, with its indicator table', () => {
    const plan = planProjects('d', 2024, [incoming()], [], ids());
    expect(plan.inserts.map((p) => p.id)).toEqual(['new-1']);
    expect(plan.indicatorTables).toEqual([{ projectId: 'new-1', rows: [ADJUSTMENTS, ACCURACY] }]);
    expect(plan.changes.projects[0]).toMatchObject({
      status: 'created',
      indicators: { before: 0, after: 2 },
    });
  });

  it('leaves an identical project alone, whatever the stored decimals and source lines look like', () => {
    const plan = planProjects('d', 2024, [incoming({ budget: '53.2' })], [stored()], ids());
    expect(plan.inserts).toEqual([]);
    expect(plan.updates).toEqual([]);
    expect(plan.indicatorTables).toEqual([]);
    expect(plan.changes.projects[0]).toMatchObject({
      status: 'unchanged',
      projectId: 'p-1',
      changedFields: [],
    });
  });

  it('treats a reprinted but equal indicator (template export: other cells, same meaning) as unchanged', () => {
    const reprinted = row('科目调整次数', '<=', '5次', '', '20', '<= | 5次');
    const plan = planProjects(
      'd',
      2024,
      [incoming({ indicators: [{ ...reprinted, unit: '次' }, ACCURACY] })],
      [stored()],
      ids(),
    );
    expect(plan.changes.projects[0].status).toBe('unchanged');
  });

  it('stores a printed level name only where it differs from the catalogue name', () => {
    expect([ADJUSTMENTS.level1Printed, ADJUSTMENTS.level2Printed]).toEqual([null, null]);
    expect(row('科目调整次数', '≤', '5', '次', '20', undefined, '数量').level2Printed).toBe('数量');
  });

  it.each([
    ['budget', { budget: '54.20' }, ['budget']],
    [
      'printed level name (same catalogue name)',
      { indicators: [row('科目调整次数', '≤', '5', '次', '20', undefined, '数量'), ACCURACY] },
      ['indicators'],
    ],
    ['goal', { goal: '保障单位正常运转。' }, ['goal']],
    ['weight', { indicators: [row('科目调整次数', '≤', '5', '次', '25'), ACCURACY] }, ['indicators']],
    ['target', { indicators: [row('科目调整次数', '≤', '6', '次', '20'), ACCURACY] }, ['indicators']],
    ['one more row', { indicators: [ADJUSTMENTS, ACCURACY, ACCURACY] }, ['indicators']],
    ['budget and unit', { budget: '1', unitId: 'unit-2' }, ['unitId', 'budget']],
  ])('updates in place when the %s changes', (_what, overrides, fields) => {
    const plan = planProjects(
      'd',
      2024,
      [incoming(overrides as Partial<IncomingProject>)],
      [stored()],
      ids(),
    );
    expect(plan.changes.projects[0]).toMatchObject({
      status: 'updated',
      projectId: 'p-1',
      changedFields: fields,
    });
    expect(plan.updates.map((p) => p.id)).toEqual(['p-1']);
    expect(plan.indicatorTables.map((t) => t.projectId)).toEqual(
      fields.includes('indicators') ? ['p-1'] : [],
    );
  });

  it('reports stored projects the document no longer lists, without deleting them', () => {
    const plan = planProjects('d', 2024, [], [stored()], ids());
    expect(plan.changes.missing).toEqual([
      { projectId: 'p-1', code: '51000021Y000000011490', name: '日常公用经费' },
    ]);
    expect(plan.updates).toEqual([]);
  });

  it('refuses two projects with one natural key, naming both lines', () => {
    const twice = () => planProjects('d', 2024, [incoming(), incoming({ line: 812 })], [], ids());
    expect(twice).toThrow(DuplicateProjectError);
    expect(twice).toThrow(/第 768 行与第 812 行/);
  });
});

describe('planDepartmentTarget', () => {
  const content = {
    budget: '1672.81',
    fiscalBudget: '1672.81',
    otherBudget: '0.00',
    goal: '1. 做好医保各项发展规划',
    tasks: [{ name: '2024年医疗保险基金委托审计', content: '对2024年医保基金进行审计', budget: null }],
    indicators: [row('短信送达数量', '=', '72', '万条', '2')],
  };

  it.each([
    ['nothing stored', null, 'created', []],
    ['the same', { ...content, id: 't', otherBudget: '0' }, 'unchanged', []],
    ['a task changed', { ...content, id: 't', tasks: [] }, 'updated', ['tasks']],
    ['the budget changed', { ...content, id: 't', budget: '1672.83' }, 'updated', ['budget']],
  ])('%s → %s', (_what, existing, status, fields) => {
    const plan = planDepartmentTarget('d', 2024, content, existing, ids());
    expect(plan.changes.status).toBe(status);
    expect(plan.changes.changedFields).toEqual(fields);
    expect(plan.insert).toBe(existing === null);
  });
});
