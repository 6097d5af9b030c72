import { Decimal } from '@jixiao/decimal';
import type { SelfEvaluation } from './entities';
import { rollup } from './evaluation-rollup';

const evaluation = (total: string | null, budget: string | null, grade: SelfEvaluation['grade']) =>
  ({
    total: total === null ? null : Decimal.parse(total),
    budget: budget === null ? null : Decimal.parse(budget),
    grade,
  }) as SelfEvaluation;

describe('rollup', () => {
  // Jinkouhe 2023: totals and 全年预算数 of the seven scored tables.
  const jinkouhe = [
    evaluation('91.4', '1.5', '优'),
    evaluation('60', '5', '中'),
    evaluation('93.6', '15', '优'),
    evaluation('92', '2', '优'),
    evaluation('80', '1', '良'),
    evaluation('80', '4', '良'),
    evaluation('100', '2.5', '优'),
  ];

  it.each([
    ['simple mean', (r: ReturnType<typeof rollup>) => r.simpleMean.value, '85.29'],
    ['budget-weighted mean', (r: ReturnType<typeof rollup>) => r.budgetWeightedMean.value, '86.29'],
  ])('%s of the seven Jinkouhe totals', (_name, pick, expected) => {
    expect(pick(rollup(jinkouhe))).toBe(expected);
  });

  it('leaves unscored evaluations and zero budgets out, and counts grades', () => {
    const result = rollup([...jinkouhe, evaluation(null, '140', null), evaluation('50', '0', '差')]);
    expect(result).toMatchObject({
      evaluations: 9,
      scored: 8,
      simpleMean: { count: 8, value: '80.88' },
      budgetWeightedMean: { count: 7, value: '86.29' },
      grades: { 优: 4, 良: 2, 中: 1, 差: 1 },
    });
  });

  it('has no means when nothing is scored', () => {
    expect(rollup([evaluation(null, '140', null)])).toMatchObject({
      simpleMean: { value: null, count: 0 },
      budgetWeightedMean: { value: null, count: 0 },
    });
  });
});
