import { readFileSync } from 'fs';
import { resolve } from 'path';
import { reconcile } from './reconcile';

describe('reconcile', () => {
  // Leshan 2024, line 1085: "开展绩效管理的项目 27 个，涉及预算 1672.81 万元。其中：人员类项目 18 个，涉及预算 1236.78 万元；
  // 运转类项目 0 个，涉及预算 0 万元；特定目标类项目 9 个，涉及预算 436.03 万元。"
  const leshan = readFileSync(
    resolve(process.cwd(), 'test/fixtures/seeds/leshan-2024-budget.txt'),
    'utf8',
  ).split(/\r?\n/);
  const statement = leshan.findIndex((l) => l.includes('开展绩效管理的项目 27 个'));
  const [total, staff, running, special] = [...leshan[statement].matchAll(/涉及预算 ([\d.,]+) 万元/g)].map(
    (m) => m[1],
  );

  it('reads the statement from the seed', () => {
    expect([statement + 1, total, staff, running, special]).toEqual([
      1085,
      '1672.81',
      '1236.78',
      '0',
      '436.03',
    ]);
  });

  it('accepts the category split, which adds up to the stated total', () => {
    const items = [
      { key: '人员类', budget: staff },
      { key: '运转类', budget: running },
      { key: '特定目标类', budget: special },
    ];
    expect(
      reconcile(items, { label: '乐山市医疗保障局 开展绩效管理的项目', budget: total, line: statement + 1 }),
    ).toBeNull();
  });

  it('reports items that add up to 1672.83 against the stated 1672.81, with both figures and neither fixed', () => {
    // Leshan's 27 project rows of 公开表 6 add up to 1672.83 (domain.md §4); reading them is the importers' job,
    // so the 0.02 surplus is modelled here on the 人员类 figure.
    const items = [
      { key: '人员类 18 个', budget: '1236.80' },
      { key: '特定目标类 9 个', budget: special },
    ];
    expect(
      reconcile(items, { label: '乐山市医疗保障局 开展绩效管理的项目', budget: total, line: statement + 1 }),
    ).toEqual({
      code: 'UNRECONCILED',
      severity: 'minor',
      message:
        '乐山市医疗保障局 开展绩效管理的项目：2 项合计 1672.83 万元，与所列 1672.81 万元不符（差 0.02 万元）',
      label: '乐山市医疗保障局 开展绩效管理的项目',
      line: 1085,
      stated: '1672.81',
      sum: '1672.83',
      difference: '0.02',
      items: 2,
    });
  });

  it.each([
    // items, stated, difference (null = reconciled)
    [['1,000.00', '251.49'], '1251.49', null],
    [['1000', '251.5'], '1,251.49', '0.01'],
    [['10', '', null], '10', null], // empty cells add nothing
    [[], '0', null],
    [['5'], '', null], // no stated total: nothing to check
    [['1'], '2', '-1.00'],
  ])('%j vs %s → %s', (budgets, stated, difference) => {
    const flag = reconcile(
      budgets.map((budget, i) => ({ key: String(i), budget })),
      { label: 'x', budget: stated },
    );
    expect(flag?.difference ?? null).toBe(difference);
    if (flag) expect(flag).not.toHaveProperty('line');
  });

  it('checks the count a statement gives: 27 projects stated, 2 listed is unreconciled even when the sums agree', () => {
    const items = [
      { key: 'a', budget: '1672.00' },
      { key: 'b', budget: '0.81' },
    ];
    expect(reconcile(items, { label: 'x', budget: '1672.81', items: 2 })).toBeNull();
    expect(reconcile(items, { label: '乐山', budget: '1672.81', items: 27 })).toEqual({
      code: 'UNRECONCILED',
      severity: 'minor',
      message: '乐山：2 项合计 1672.81 万元，与所列 27 项 1672.81 万元不符（差 0.00 万元）',
      label: '乐山',
      stated: '1672.81',
      sum: '1672.81',
      difference: '0.00',
      items: 2,
      statedItems: 27,
    });
    expect(reconcile([{ key: 'a', budget: '1' }], { label: 'x', budget: '2', items: 1 })).toEqual(
      expect.objectContaining({ message: 'x：1 项合计 1.00 万元，与所列 2.00 万元不符（差 -1.00 万元）', statedItems: 1 }),
    );
  });

  it('refuses an item that is not a number, naming its index', () => {
    expect(() =>
      reconcile(
        [
          { key: 'a', budget: '1' },
          { key: 'b', budget: '#DIV/0!' },
        ],
        { label: 'x', budget: '1' },
      ),
    ).toThrow(expect.objectContaining({ code: 'INVALID_AMOUNT', field: 'budget', index: 1 }));
  });
});
