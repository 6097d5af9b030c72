import { Decimal } from '@jixiao/decimal';
import { ImportResult } from '@jixiao/importers';
import { decodePayload, encodePayload } from './import-payload';

describe('import payload', () => {
  const result = {
    documents: [
      {
        kind: 'project-targets',
        layout: 'leshan',
        year: 2024,
        department: { code: '315', name: '乐山市医疗保障局' },
        projects: [
          {
            unitCode: '315001',
            unitName: '乐山市医疗保障局机关',
            code: '51000021Y000000011490',
            name: '日常公用经费',
            category: '人员类',
            budget: Decimal.parse('53.20'),
            fiscalBudget: null,
            otherBudget: null,
            goal: '提高预算编制质量，严格执行预算，保障单位正常运转。',
            competentDepartment: null,
            implementingUnit: null,
            line: 768,
            indicators: [
              {
                level1: '产出指标',
                level2: '数量指标',
                level3: '科目调整次数',
                explanation: null,
                operator: '≤',
                target: {
                  kind: 'number',
                  operator: '≤',
                  amount: Decimal.parse('5'),
                  unit: '次',
                  text: '≤ 5 次',
                },
                unit: '次',
                weight: Decimal.parse('20'),
                direction: 'reverse',
                text: '≤ | 5 | 次 | 20 | 反向指标',
                line: 768,
              },
            ],
          },
        ],
        stated: { projects: 27, budget: Decimal.parse('1,672.81') },
        totals: { projects: 1, indicators: 1, budget: Decimal.parse('53.20') },
        warnings: [],
      },
    ],
  } as unknown as ImportResult;

  it('brings every Decimal back exactly, wherever it sits', () => {
    const decoded = decodePayload(encodePayload({ result, options: { year: 2024 } }));
    const doc = decoded.result.documents[0];
    if (doc.kind !== 'project-targets') throw new Error('kind');
    expect(doc.stated.budget).toBeInstanceOf(Decimal);
    expect(doc.stated.budget?.toString()).toBe('1672.81');
    expect(doc.projects[0].budget?.toFixed(2)).toBe('53.20');
    expect(doc.projects[0].indicators[0].weight?.toString()).toBe('20');
    const target = doc.projects[0].indicators[0].target;
    expect(target.kind === 'number' && target.amount instanceof Decimal && target.amount.toString()).toBe(
      '5',
    );
    expect(decoded.options).toEqual({ year: 2024 });
  });
});
