import type { Scorecard, ScorecardRow } from '../scorecard.view';

/**
 * A scorecard as the API gives it, with `rowCount` indicator rows (产出/效益/满意度, 100 分 in all): the
 * evaluator workbook's spec and its bench build their unit's projects from it.
 */
export function scorecardFixture(index: number, rowCount: number): Scorecard {
  const weight = (90 / rowCount).toFixed(2);
  const rows = Array.from({ length: rowCount }, (_, position): ScorecardRow => ({
    position,
    indicatorId: null,
    level1: position < rowCount / 2 ? '产出指标' : '效益指标',
    level2: position < rowCount / 2 ? '数量指标' : '社会效益指标',
    level3: `指标${position + 1}`,
    target: `≥${90 + (position % 10)}%`,
    actual: position % 3 === 0 ? null : '95%',
    weight,
    weightReason: null,
    score: null,
    computedScore: null,
    printedScore: null,
    reason: 'met',
    rule: 'met',
    reasonText: '',
    fallback: false,
    band: null,
    manualScore: null,
    manualReason: null,
    deductionReason: null,
    deviationReason: null,
  }));
  return {
    id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    projectId: null,
    departmentId: '00000000-0000-4000-8000-000000000000',
    unitId: null,
    year: 2024,
    projectName: `项目${index + 1}`,
    competentDepartment: '示例主管部门',
    implementingUnit: '示例实施单位',
    state: 'draft',
    source: 'entered',
    sourceFile: null,
    version: 3,
    profile: { id: 'jinkouhe', version: 1, title: '金口河' },
    money: {
      total: { budget: '10', executed: '8', rate: '80' },
      fiscal: { budget: '10', executed: '8', rate: '80' },
      other: { budget: null, executed: null, rate: null },
    },
    goal: { expected: '完成年度任务', actual: null },
    executionRate: {
      rate: '80',
      weight: '10',
      score: '8',
      printedScore: null,
      deductionReason: null,
      manualScore: null,
      manualReason: null,
    },
    rows,
    total: null,
    partialTotal: '8',
    printedTotal: null,
    grade: null,
    findings: [],
    differences: [],
    lastTransition: null,
    updatedAt: '2024-12-01T00:00:00.000Z',
  };
}
