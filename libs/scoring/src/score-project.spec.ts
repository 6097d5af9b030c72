import { Decimal } from '@jixiao/decimal';
import { parseIndicatorValue } from '@jixiao/indicator-value';
import { indicatorFromPrinted } from './indicator-from-printed';
import { scoreProject } from './score-project';
import { JINKOUHE_PROFILE, ScoringProfile, STANDARD_PROFILE } from './scoring-profile';
import type { IndicatorInput, ProjectInput, QualitativeBand } from './scoring-input';
import { ScoringValidationError } from './scoring-validation.error';

const d = Decimal.parse;

function row(
  target: string,
  actual: string | null,
  weight: string,
  extra: Partial<IndicatorInput> = {},
): IndicatorInput {
  return {
    ...indicatorFromPrinted({
      level1: '产出指标',
      level2: '数量指标',
      level3: '测试指标',
      target,
      actual,
      weight: d(weight),
    }),
    ...extra,
  };
}

/** One row, scored inside a project whose budget was fully spent (so the execution rate adds nothing to note). */
function scoreRow(
  indicator: IndicatorInput,
  profile: ScoringProfile = JINKOUHE_PROFILE,
  year: number | null = 2023,
) {
  const result = scoreProject({ indicators: [indicator], budget: d('1'), executed: d('1'), year }, profile);
  return {
    row: result.rows[0],
    findings: result.findings.filter((f) => f.indicator !== '预算执行率' && f.code !== 'WEIGHT_SUM'),
  };
}

describe('scoreProject: every Jinkouhe row shape', () => {
  // [年度指标值, 实际完成值, 分值, jinkouhe score, standard score, reason] — printed rows of the 2023 自评表.
  it.each<[string, string, string, string, string, string]>([
    ['1人', '1人', '20', '20', '20', 'met'], // 驻村工作人员人数
    ['≥99%', '57%', '10', '5.7', '5.8', 'proportional'], // 驻村 完成任务率: rate, not actual/target
    ['≥99%', '68%', '10', '6.8', '6.9', 'proportional'], // 征地城乡居民 完成任务率
    ['≥99%', '0%', '10', '0', '0', 'proportional'],
    ['≥99%', '100%', '10', '10', '10', 'met'],
    ['2023年12月31日前', '2023年12月31日前', '10', '10', '10', 'met'],
    ['2023年12月31日 前', '2023年12月31 日前', '10', '10', '10', 'met'], // wrapped in print
    ['≤1.5万元', '100%', '20', '20', '20', 'met'], // within the cap
    ['≤5万元', '100%', '20', '20', '20', 'met'],
    ['优', '优', '10', '10', '10', 'met'],
    ['长效', '长效', '10', '10', '10', 'met'],
    ['≥95%', '100%', '10', '10', '10', 'met'],
    ['据实', '0%', '20', '0', '0', 'completion-rate'],
    ['据实', '100%', '20', '20', '20', 'completion-rate'],
    ['1人', '100%', '20', '20', '20', 'completion-rate'],
  ])(
    '%s vs %s (weight %s) → jinkouhe %s, standard %s',
    (target, actual, weight, jinkouhe, standard, reason) => {
      const j = scoreRow(row(target, actual, weight));
      const s = scoreRow(row(target, actual, weight), STANDARD_PROFILE);
      expect([j.row.score?.toString(), j.row.reason, j.row.fallback]).toEqual([jinkouhe, reason, false]);
      expect(s.row.score?.toString()).toBe(standard);
    },
  );

  it('says which rule decided the 完成任务率 row and why the profiles differ', () => {
    expect(scoreRow(row('≥99%', '57%', '10')).row).toMatchObject({
      rule: 'percent-target-missed',
      reasonText: '百分比指标未达成：分值×实际完成率',
    });
    expect(scoreRow(row('≥99%', '57%', '10'), STANDARD_PROFILE).row).toMatchObject({
      rule: 'positive-missed',
      reasonText: '未达到年度指标值：分值×实际值/目标值',
    });
  });
});

describe('scoreProject: cases the Jinkouhe tables do not show', () => {
  const relative: ScoringProfile = { ...STANDARD_PROFILE, reverseRule: 'relative-excess' };
  const jinkouheRelative: ScoringProfile = { ...JINKOUHE_PROFILE, reverseRule: 'relative-excess' };
  const lateZero: ScoringProfile = { ...STANDARD_PROFILE, lateDeadline: 'zero' };
  // [case, 年度指标值, 实际完成值, 分值, profile, score, reason, rule, fallback noted]
  it.each<[string, string, string, string, ScoringProfile, string | null, string, string, boolean]>([
    [
      'positive count missed',
      '≥5次',
      '4次',
      '10',
      JINKOUHE_PROFILE,
      '8',
      'proportional',
      'positive-missed',
      true,
    ],
    [
      'positive count missed (standard)',
      '≥5次',
      '4次',
      '10',
      STANDARD_PROFILE,
      '8',
      'proportional',
      'positive-missed',
      false,
    ],
    [
      'positive amount missed, rounding half-up',
      '≥3万元',
      '2万元',
      '10',
      STANDARD_PROFILE,
      '6.7',
      'proportional',
      'positive-missed',
      false,
    ],
    ['strict > met', '>5次', '6次', '10', STANDARD_PROFILE, '10', 'met', 'target-met', false],
    [
      'exact missed from below',
      '=8人',
      '6人',
      '10',
      STANDARD_PROFILE,
      '7.5',
      'proportional',
      'positive-missed',
      false,
    ],
    [
      'exact overshot: target / actual',
      '=8人',
      '10人',
      '10',
      STANDARD_PROFILE,
      '8',
      'proportional',
      'positive-missed',
      false,
    ],
    ['= 0 met', '=0', '0', '10', STANDARD_PROFILE, '10', 'met', 'target-met', false],
    ['= 0 missed', '=0', '2', '10', STANDARD_PROFILE, '0', 'proportional', 'positive-missed', false],
    ['reverse met', '≤5次', '3次', '10', STANDARD_PROFILE, '10', 'met', 'target-met', false],
    [
      'reverse missed, target/actual',
      '≤5次',
      '8次',
      '10',
      STANDARD_PROFILE,
      '6.3',
      'proportional',
      'reverse-missed',
      false,
    ],
    [
      'reverse missed, relative excess',
      '≤5次',
      '8次',
      '10',
      relative,
      '4',
      'proportional',
      'reverse-missed',
      false,
    ],
    [
      'reverse missed, relative excess floored at 0',
      '≤5次',
      '12次',
      '10',
      relative,
      '0',
      'proportional',
      'reverse-missed',
      false,
    ],
    [
      'reverse missed in jinkouhe falls back',
      '≤5次',
      '8次',
      '10',
      JINKOUHE_PROFILE,
      '6.3',
      'proportional',
      'reverse-missed',
      true,
    ],
    [
      'reverse missed in jinkouhe, relative excess',
      '≤400元/人',
      '500元/人',
      '10',
      jinkouheRelative,
      '7.5',
      'proportional',
      'reverse-missed',
      true,
    ],
    [
      'reverse percentage missed',
      '≤3%',
      '4%',
      '10',
      STANDARD_PROFILE,
      '7.5',
      'proportional',
      'reverse-missed',
      false,
    ],
    [
      'reverse amount vs other percentage: ask',
      '≤5万元',
      '80%',
      '20',
      JINKOUHE_PROFILE,
      null,
      'needs-decision',
      'reverse-cap-percent',
      false,
    ],
    [
      'deadline early',
      '2023年12月31日前',
      '2023年10月15日',
      '10',
      JINKOUHE_PROFILE,
      '10',
      'met',
      'deadline-met',
      false,
    ],
    [
      'deadline without year, end of month',
      '8月底前',
      '8月31日',
      '10',
      JINKOUHE_PROFILE,
      '10',
      'met',
      'deadline-met',
      false,
    ],
    [
      'deadline late by a month (365/396)',
      '2023年12月31日前',
      '2024年1月31日',
      '10',
      JINKOUHE_PROFILE,
      '9.2',
      'proportional',
      'deadline-late',
      true,
    ],
    [
      'deadline late, relative excess (1 − 31/365)',
      '2023年12月31日前',
      '2024年1月31日',
      '10',
      relative,
      '9.2',
      'proportional',
      'deadline-late',
      false,
    ],
    [
      'deadline late, month-only target (243/273)',
      '8月底前',
      '9月30日',
      '10',
      STANDARD_PROFILE,
      '8.9',
      'proportional',
      'deadline-late',
      false,
    ],
    [
      'deadline late, zero setting',
      '2023年12月31日前',
      '2024年1月31日',
      '10',
      lateZero,
      '0',
      'proportional',
      'deadline-late',
      false,
    ],
    [
      'qualitative missed, no band: ask',
      '优',
      '良',
      '10',
      JINKOUHE_PROFILE,
      null,
      'needs-decision',
      'qualitative-unmatched',
      true,
    ],
    ['据实 with a count', '据实', '12人', '20', STANDARD_PROFILE, '20', 'met', 'as-actual-number', false],
    [
      'completion rate above 100 % capped',
      '1人',
      '150%',
      '20',
      JINKOUHE_PROFILE,
      '20',
      'completion-rate',
      'completion-rate',
      false,
    ],
    [
      'units that differ: ask',
      '≥5万元',
      '30000元',
      '10',
      JINKOUHE_PROFILE,
      null,
      'needs-decision',
      'incomparable',
      false,
    ],
    [
      'percentage target, plain number actual: ask',
      '≥95%',
      '95',
      '10',
      JINKOUHE_PROFILE,
      null,
      'needs-decision',
      'incomparable',
      false,
    ],
    ['not entered', '≥95%', '', '10', JINKOUHE_PROFILE, null, 'not-entered', 'not-entered', false],
  ])('%s: %s vs %s', (_case, target, actual, weight, profile, score, reason, rule, fallback) => {
    const { row: scored } = scoreRow(row(target, actual, weight), profile);
    expect([scored.score?.toString() ?? null, scored.reason, scored.rule, scored.fallback]).toEqual([
      score,
      reason,
      rule,
      fallback,
    ]);
    expect(scored.reasonText.includes('按标准规则计分')).toBe(fallback);
  });

  it('names the source and the standard rule in a fallback reason', () => {
    expect(scoreRow(row('≥5次', '4次', '10')).row.reasonText).toBe(
      '未达到年度指标值：分值×实际值/目标值（金口河区2023年自评表未见此情形，按标准规则计分）',
    );
  });

  it.each<[string, string, string, string, string]>([
    ['AMOUNT_NEEDED', '≤5万元', '80%', '20', '请填报实际金额'],
    ['BAND_REQUIRED', '优', '良', '10', '选择档次'],
    ['INCOMPARABLE', '≥5万元', '30000元', '10', '口径不一致'],
    ['ACTUAL_MISSING', '≥95%', '', '10', '未填写实际完成值'],
  ])('asks a reviewer with %s', (code, target, actual, weight, words) => {
    const { findings } = scoreRow(row(target, actual, weight));
    expect(findings).toEqual([
      expect.objectContaining({ code, row: 0, indicator: '测试指标', target, actual }),
    ]);
    expect(findings[0].message).toContain(words);
  });

  describe('qualitative bands (standard rule)', () => {
    // [band, score, weight] within the band
    it.each<[QualitativeBand, string, string]>([
      ['achieved', '10', '10'],
      ['achieved', '8', '10'],
      ['partly-achieved', '7.9', '10'],
      ['partly-achieved', '6', '10'],
      ['not-achieved', '5.9', '10'],
      ['not-achieved', '0', '10'],
      ['partly-achieved', '12', '20'],
    ])('%s with %s of %s is accepted', (band, score, weight) => {
      const { row: scored } = scoreRow(
        row('优', '良', weight, { band, manualScore: d(score), deductionReason: '宣传不足' }),
      );
      expect([scored.score?.toString(), scored.reason, scored.rule, scored.fallback]).toEqual([
        score,
        'band',
        'qualitative-band',
        true,
      ]);
    });

    it.each<[QualitativeBand, string, string, string]>([
      ['achieved', '7.9', '10', 'SCORING.SCORE_OUT_OF_BAND'],
      ['partly-achieved', '8', '10', 'SCORING.SCORE_OUT_OF_BAND'],
      ['partly-achieved', '5.9', '10', 'SCORING.SCORE_OUT_OF_BAND'],
      ['not-achieved', '6', '10', 'SCORING.SCORE_OUT_OF_BAND'],
      ['achieved', '10.5', '10', 'SCORING.SCORE_ABOVE_WEIGHT'],
      ['not-achieved', '-1', '10', 'SCORING.SCORE_ABOVE_WEIGHT'],
    ])('%s with %s of %s is refused (%s)', (band, score, weight, code) => {
      expect(() => scoreRow(row('优', '良', weight, { band, manualScore: d(score) }))).toThrow(
        expect.objectContaining({ code, rowIndex: 0, rowName: '测试指标' }),
      );
    });

    it('refuses a band without a score', () => {
      expect(() => scoreRow(row('优', '良', '10', { band: 'achieved' }))).toThrow(
        expect.objectContaining({ code: 'SCORING.BAND_SCORE_MISSING' }),
      );
    });
  });

  it('lets a manual score override the rules, within [0, weight]', () => {
    const { row: scored } = scoreRow(
      row('≥99%', '57%', '10', { manualScore: d('6'), manualReason: '复核调整' }),
    );
    expect([scored.score?.toString(), scored.reason, scored.rule]).toEqual(['6', 'manual', 'manual-score']);
    expect(() => scoreRow(row('≥99%', '57%', '10', { manualScore: d('11') }))).toThrow(
      ScoringValidationError,
    );
  });
});

describe('scoreProject: validation errors name the row', () => {
  const withNegativeTarget = (): IndicatorInput => {
    const { value, direction } = parseIndicatorValue({ value: '≥5次' });
    if (value.kind !== 'number') throw new Error('test setup');
    return { ...row('≥5次', '5次', '10'), target: { ...value, amount: d('-5') }, direction };
  };
  it.each<[string, () => IndicatorInput, string]>([
    ['an actual that does not parse', () => row('≥5次', '12..5', '10'), 'SCORING.ACTUAL_UNPARSEABLE'],
    [
      'words where a date is needed',
      () => row('2023年12月31日前', '按时', '10'),
      'SCORING.ACTUAL_UNPARSEABLE',
    ],
    ['a negative actual', () => row('≥5次', '-3次', '10'), 'SCORING.NEGATIVE_AMOUNT'],
    ['a negative target', withNegativeTarget, 'SCORING.NEGATIVE_AMOUNT'],
    ['a negative weight', () => row('≥5次', '5次', '-10'), 'SCORING.NEGATIVE_AMOUNT'],
    [
      'a manual score above the weight',
      () => row('≥5次', '5次', '10', { manualScore: d('10.1') }),
      'SCORING.SCORE_ABOVE_WEIGHT',
    ],
  ])('%s', (_case, make, code) => {
    const indicators = [row('优', '优', '80'), make()];
    let thrown: unknown;
    try {
      scoreProject({ indicators, budget: d('1'), executed: d('1') });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ScoringValidationError);
    expect(thrown).toMatchObject({ code, rowIndex: 1, rowName: '测试指标' });
    expect((thrown as Error).message).toMatch(/^测试指标：/);
  });

  it('refuses a negative budget or execution', () => {
    expect(() => scoreProject({ indicators: [], budget: d('-1'), executed: d('0') })).toThrow(
      expect.objectContaining({ code: 'SCORING.NEGATIVE_AMOUNT', rowIndex: null, rowName: '预算执行率' }),
    );
  });

  it('weights not adding up to 90: a finding, or an error when the profile requires the sum', () => {
    const input: ProjectInput = { indicators: [row('优', '优', '80')], budget: d('1'), executed: d('1') };
    expect(scoreProject(input).findings).toEqual([
      expect.objectContaining({ code: 'WEIGHT_SUM', weightSum: '80', expected: '90' }),
    ]);
    expect(() => scoreProject(input, { ...JINKOUHE_PROFILE, requireIndicatorWeightSum: true })).toThrow(
      expect.objectContaining({ code: 'SCORING.WEIGHT_SUM' }),
    );
  });

  it.each<[keyof ScoringProfile, unknown]>([
    ['reverseRule', 'both'],
    ['overAchievementPercent', 'lots'],
    ['executionRateWeight', '-10'],
  ])('refuses a stored profile with a bad %s', (key, value) => {
    const profile = { ...JINKOUHE_PROFILE, [key]: value } as ScoringProfile;
    expect(() => scoreProject({ indicators: [], budget: null, executed: null }, profile)).toThrow(
      expect.objectContaining({ code: 'SCORING.PROFILE_INVALID' }),
    );
  });
});

describe('scoreProject: execution rate, total, grade, findings', () => {
  const ninety = (actual = '100%'): IndicatorInput[] => [
    row('≥95%', actual, '90', { deductionReason: actual === '100%' ? null : '未完成' }),
  ];
  // [budget, executed, rate %, score, finding codes] — the Jinkouhe money blocks and the unseen cases.
  it.each<[string | null, string | null, string | null, string | null, string[]]>([
    ['1.5', '0.85', '56.7', '5.7', ['UNDER_EXECUTED', 'REASON_MISSING']],
    ['5', '0', '0', '0', ['UNDER_EXECUTED', 'REASON_MISSING']],
    ['15', '10.24', '68.3', '6.8', ['UNDER_EXECUTED', 'REASON_MISSING']],
    ['2', '0.4', '20', '2', ['UNDER_EXECUTED', 'REASON_MISSING']],
    ['2.5', '2.77', '110.8', '10', ['OVER_EXECUTED']],
    ['140', '135.22', '96.6', '9.7', ['UNDER_EXECUTED', 'REASON_MISSING']],
    ['4', '4', '100', '10', []],
    ['0', '0', null, null, ['NO_BUDGET']],
    ['0', '1.2', null, null, ['NO_BUDGET']],
    [null, '1', null, null, ['NO_BUDGET']],
    ['3', null, null, null, ['EXECUTED_MISSING']],
  ])('budget %s, executed %s → %s %%, score %s', (budget, executed, rate, score, codes) => {
    const result = scoreProject({
      indicators: ninety(),
      budget: budget === null ? null : d(budget),
      executed: executed === null ? null : d(executed),
    });
    expect([
      result.executionRate.rate?.toString() ?? null,
      result.executionRate.score?.toString() ?? null,
    ]).toEqual([rate, score]);
    expect(result.findings.map((f) => f.code)).toEqual(codes);
    expect(result.total?.toString() ?? null).toBe(score === null ? null : d(score).add(d('90')).toString());
  });

  it('carries the figures of an execution shortfall, with the Sichuan below-90 % marker', () => {
    const under = (budget: string, executed: string) =>
      scoreProject({
        indicators: ninety(),
        budget: d(budget),
        executed: d(executed),
        executionDeductionReason: '驻村工作只到8月',
      }).findings;
    expect(under('1.5', '0.85')).toEqual([
      {
        code: 'UNDER_EXECUTED',
        message: '预算执行率56.7%，未全部执行，低于90%须说明原因',
        indicator: '预算执行率',
        rate: '56.7',
        budget: '1.5',
        executed: '0.85',
        reasonRequired: true,
      },
    ]);
    expect(under('140', '135.22')).toEqual([
      expect.objectContaining({ code: 'UNDER_EXECUTED', rate: '96.6', reasonRequired: false }),
    ]);
    expect(scoreProject({ indicators: ninety(), budget: d('2.5'), executed: d('2.77') }).findings).toEqual([
      {
        code: 'OVER_EXECUTED',
        message: '预算执行率110.8%，执行数超过预算数',
        indicator: '预算执行率',
        rate: '110.8',
        budget: '2.5',
        executed: '2.77',
      },
    ]);
  });

  it('zero budget: rate and score undefined, total withheld, partial total kept — never an error', () => {
    const result = scoreProject({ indicators: ninety(), budget: d('0'), executed: d('0') });
    expect(result.executionRate).toMatchObject({ rate: null, score: null, reason: 'needs-decision' });
    expect([result.total, result.grade, result.partialTotal.toString()]).toEqual([null, null, '90']);
  });

  // [executed of a 10 budget, manual indicator score of 90, total, grade] — the grade bounds.
  it.each<[string, string, string, string]>([
    ['10', '90', '100', '优'],
    ['10', '80', '90', '优'],
    ['9.9', '80', '89.9', '良'],
    ['0', '80', '80', '良'],
    ['0', '79.9', '79.9', '中'],
    ['0', '60', '60', '中'],
    ['0', '59.9', '59.9', '差'],
  ])(
    'executed %s of 10 and an indicator score of %s → total %s, grade %s',
    (executed, score, total, grade) => {
      const indicators = [row('≥95%', '100%', '90', { manualScore: d(score), deductionReason: 'x' })];
      const result = scoreProject({
        indicators,
        budget: d('10'),
        executed: d(executed),
        executionDeductionReason: 'x',
      });
      expect([result.total?.toString(), result.grade]).toEqual([total, grade]);
    },
  );

  it('flags over-achievement at the configured threshold, keeping the score', () => {
    const rows = (actual: string) => [row('≥100人', actual, '90')];
    const at = (actual: string, profile = JINKOUHE_PROFILE) =>
      scoreProject({ indicators: rows(actual), budget: d('1'), executed: d('1') }, profile);
    expect(at('119人').findings).toEqual([]);
    const over = at('120人');
    expect(over.rows[0].score?.toString()).toBe('90');
    expect(over.findings).toEqual([
      expect.objectContaining({
        code: 'OVER_ACHIEVED',
        row: 0,
        achievement: '120',
        target: '≥100人',
        actual: '120人',
      }),
    ]);
    expect(
      at('110人', { ...JINKOUHE_PROFILE, overAchievementPercent: '110' }).findings.map((f) => f.code),
    ).toEqual(['OVER_ACHIEVED']);
    expect(
      scoreProject({ indicators: [row('据实', '130%', '90')], budget: d('1'), executed: d('1') }).findings,
    ).toEqual([expect.objectContaining({ code: 'OVER_ACHIEVED', achievement: '130' })]);
  });

  it('rescoring with a profile read back from JSON gives the same result', () => {
    const input: ProjectInput = {
      indicators: [
        row('≤5次', '8次', '40', { deductionReason: 'a' }),
        row('≥99%', '57%', '50', { deductionReason: 'b' }),
      ],
      budget: d('1.5'),
      executed: d('0.85'),
    };
    for (const profile of [
      JINKOUHE_PROFILE,
      STANDARD_PROFILE,
      { ...STANDARD_PROFILE, reverseRule: 'relative-excess' } as ScoringProfile,
    ]) {
      const stored = JSON.parse(JSON.stringify(profile)) as ScoringProfile;
      expect(JSON.stringify(scoreProject(input, stored))).toBe(JSON.stringify(scoreProject(input, profile)));
    }
  });
});
