import { Decimal } from '@jixiao/decimal';
import { parseActualValue, parseIndicatorValue } from '@jixiao/indicator-value';
import { JINKOUHE_PROFILE, STANDARD_PROFILE, ScoringProfile, ScoringValidationError } from '@jixiao/scoring';
import { indicatorValueToJson } from './indicator-value-json';
import { EvaluationRowInput, scoreEvaluation } from './score-evaluation';

/** 驻村工作队队员补助 (Jinkouhe 2023 自评表): target, actual, weight, printed score. */
const ZHUCUN: [string, string, string, string, string, string][] = [
  ['产出指标', '数量指标', '驻村工作人员人数', '1人', '1人', '20'],
  ['产出指标', '质量指标', '完成任务率', '≥99%', '57%', '10'],
  ['产出指标', '时效指标', '补经费划拨发成时间', '2023年12月31日前', '2023年12月31日前', '10'],
  ['产出指标', '成本指标', '完成成本总目标', '≤1.5万元', '100%', '20'],
  ['效益指标', '社会效益指标', '巩固脱贫成果,开展乡村振兴', '优', '优', '10'],
  ['效益指标', '可持续影响指标', '持续提升脱贫攻坚成果同乡村振兴工作有效衔接', '长效', '长效', '10'],
  ['满意度指标', '满意度指标', '驻村人员满意度', '≥95%', '100%', '10'],
];
const REASON = '驻村工作时间只持续到2023年8月结束';

function rows(overrides: Partial<EvaluationRowInput>[] = []): EvaluationRowInput[] {
  return ZHUCUN.map(([level1, level2, level3, target, actual, weight], i) => {
    const parsed = parseIndicatorValue({ value: target, name: level3 });
    return {
      level1,
      level2,
      level3,
      target: indicatorValueToJson(parsed.value),
      direction: parsed.direction,
      weight: Decimal.parse(weight),
      actual: indicatorValueToJson(parseActualValue(actual)),
      band: null,
      manualScore: null,
      deductionReason: i === 1 ? REASON : null,
      deviationReason: null,
      ...overrides[i],
    };
  });
}

const input = (
  profile: ScoringProfile = JINKOUHE_PROFILE,
  overrides: Partial<EvaluationRowInput>[] = [],
) => ({
  profile,
  year: 2023,
  budget: Decimal.parse('1.5'),
  executed: Decimal.parse('0.85'),
  executionDeductionReason: REASON,
  executionManualScore: null,
  rows: rows(overrides),
});

describe('scoreEvaluation', () => {
  it.each([
    [JINKOUHE_PROFILE, '91.4', ['20', '5.7', '10', '20', '10', '10', '10']],
    [STANDARD_PROFILE, '91.5', ['20', '5.8', '10', '20', '10', '10', '10']],
  ])('scores 驻村工作队队员补助 with %p.id: total %s', (profile, total, scores) => {
    const score = scoreEvaluation(input(profile));
    expect(score.rows.map((r) => r.score?.toString())).toEqual(scores);
    expect(score.executionScore?.toString()).toBe('5.7');
    expect(score.executionRate?.toString()).toBe('56.7');
    expect(score.total?.toString()).toBe(total);
    expect(score.grade).toBe('优');
  });

  it('keeps the computed score beside a manual one', () => {
    const manual = [{}, { manualScore: Decimal.parse('8') }];
    const score = scoreEvaluation(input(JINKOUHE_PROFILE, manual));
    expect(score.rows[1]).toMatchObject({ reason: 'manual' });
    expect(score.rows[1].score?.toString()).toBe('8');
    expect(score.rows[1].computedScore?.toString()).toBe('5.7');
    expect(score.total?.toString()).toBe('93.7');
  });

  it('finds the deduction without a reason', () => {
    const score = scoreEvaluation(input(JINKOUHE_PROFILE, [{}, { deductionReason: null }]));
    expect(score.findings.filter((f) => f.code === 'REASON_MISSING').map((f) => f.indicator)).toEqual([
      '完成任务率',
    ]);
  });

  it('leaves a row without a weight unscored, with WEIGHT_MISSING beside the WEIGHT_SUM it causes', () => {
    const score = scoreEvaluation(input(JINKOUHE_PROFILE, [{}, { weight: null }]));
    expect(score.rows[1]).toMatchObject({ score: null, computedScore: null, reason: 'needs-decision' });
    expect(score.rows.filter((r) => r.score === null)).toHaveLength(1);
    expect([score.total, score.grade, score.partialTotal.toString()]).toEqual([null, null, '85.7']);
    expect(score.findings.filter((f) => f.code.startsWith('WEIGHT'))).toEqual([
      expect.objectContaining({ code: 'WEIGHT_SUM', weightSum: '80', expected: '90' }),
      expect.objectContaining({ code: 'WEIGHT_MISSING', row: 1, indicator: '完成任务率' }),
    ]);
  });

  it('scores every row when the weights add up to 100, with a WEIGHT_SUM finding', () => {
    const score = scoreEvaluation(
      input(JINKOUHE_PROFILE, [{}, {}, {}, {}, {}, {}, { weight: Decimal.parse('20') }]),
    );
    expect(score.total?.toString()).toBe('101.4');
    expect(score.findings).toContainEqual(
      expect.objectContaining({ code: 'WEIGHT_SUM', weightSum: '100', expected: '90' }),
    );
  });

  it('completes a zero budget with a reviewer decision, and marks the finding decided', () => {
    const undecided = scoreEvaluation({ ...input(), budget: Decimal.ZERO, executed: Decimal.ZERO });
    expect(undecided.total).toBeNull();
    expect(undecided.findings.find((f) => f.code === 'NO_BUDGET')?.decided).toBeUndefined();
    const decided = scoreEvaluation({
      ...input(),
      budget: Decimal.ZERO,
      executed: Decimal.ZERO,
      executionManualScore: Decimal.parse('10'),
    });
    expect(decided.executionReason).toBe('manual');
    expect(decided.total?.toString()).toBe('95.7');
    expect(decided.findings.find((f) => f.code === 'NO_BUDGET')?.decided).toBe(true);
  });

  it.each([
    [
      'an actual that does not parse',
      [{}, { actual: indicatorValueToJson(parseActualValue('很好')) }],
      'SCORING.ACTUAL_UNPARSEABLE',
      1,
    ],
    [
      'a negative actual',
      [{ actual: indicatorValueToJson(parseActualValue('-1人')) }],
      'SCORING.NEGATIVE_AMOUNT',
      0,
    ],
    ['a score above the weight', [{}, { manualScore: Decimal.parse('11') }], 'SCORING.SCORE_ABOVE_WEIGHT', 1],
    [
      'a band score outside its band',
      [{}, {}, {}, {}, { band: 'achieved' as const, manualScore: Decimal.parse('5') }],
      'SCORING.SCORE_OUT_OF_BAND',
      4,
    ],
  ])('refuses %s naming the row', (_name, overrides, code, rowIndex) => {
    let caught: unknown;
    try {
      scoreEvaluation(input(JINKOUHE_PROFILE, overrides as Partial<EvaluationRowInput>[]));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ScoringValidationError);
    expect(caught).toMatchObject({ code, rowIndex });
  });
});
