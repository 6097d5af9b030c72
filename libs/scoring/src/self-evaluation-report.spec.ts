import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JINKOUHE_2023_REASON_MISSING } from '../../../test/fixtures/jinkouhe-2023-expected';
import { scoreSelfEvaluationDocument } from './self-evaluation-report';

const seed = readFileSync(
  resolve(process.cwd(), 'test/fixtures/seeds/jinkouhe-2023-final-accounts.txt'),
  'utf8',
);
const jinkouhe = scoreSelfEvaluationDocument(seed);
const standard = scoreSelfEvaluationDocument(seed, { profile: 'standard' });
const project = (report: typeof jinkouhe, name: string) => {
  const found = report.projects.find((p) => p.name === name);
  if (!found) throw new Error(`no project ${name}`);
  return found;
};

describe('scoreSelfEvaluationDocument on the Jinkouhe 2023 自评表 (jinkouhe profile)', () => {
  it('is the jinkouhe profile by default, with the parser warnings', () => {
    expect([jinkouhe.profile, jinkouhe.year, jinkouhe.department]).toEqual([
      { id: 'jinkouhe', version: 1 },
      2023,
      '乐山市金口河区医疗保障局',
    ]);
    expect(jinkouhe.warnings.map((w) => w.code)).toEqual(['TABLE_CUT_OFF', 'TABLE_PRINTED_TWICE']);
  });

  // [项目名称, 预算, 执行, 执行率 %, total, printed total, grade]
  it.each<[string, string, string, string, string | null, string | null, string | null]>([
    ['城乡居民医疗保险区财政补助', '140', '135.22', '96.6', null, null, null],
    ['驻村工作队队员补助', '1.5', '0.85', '56.7', '91.4', '91.4', '优'],
    ['征地农转非城镇职工医疗保险补助', '5', '0', '0', '60', '60', '中'],
    ['征地农转非城乡居民医疗保险财政补助', '15', '10.24', '68.3', '93.6', '93.6', '优'],
    ['建国初期退休人员门诊医疗补助资金', '2', '0.4', '20', '92', '92', '优'],
    ['医保基金监督举报奖励经费', '1', '0', '0', '80', '80', '良'],
    ['建国初期退休人员住院医疗补助资金', '4', '0', '0', '80', '80', '良'],
    ['城镇18周岁以上低保三无人员和尘肺病患者医疗', '2.5', '2.77', '110.8', '100', '100', '优'],
  ])(
    '%s: %s / %s = %s %%, total %s (printed %s), %s',
    (name, budget, executed, rate, total, printedTotal, grade) => {
      const p = project(jinkouhe, name);
      expect([p.budget, p.executed, p.executionRate, p.total, p.printedTotal, p.grade]).toEqual([
        budget,
        executed,
        rate,
        total,
        printedTotal,
        grade,
      ]);
      expect(p.differences).toEqual([]);
    },
  );

  it('reproduces every printed row score', () => {
    const scored = jinkouhe.projects.flatMap((p) => p.rows.filter((r) => r.printedScore !== null));
    expect(scored).toHaveLength(7 * 8);
    expect(scored.filter((r) => r.score !== r.printedScore)).toEqual([]);
  });

  it('prints the rows of 驻村工作队队员补助 with reasons, as the CLI shows them', () => {
    const rows = project(jinkouhe, '驻村工作队队员补助').rows.map((r) => [
      r.level1,
      r.level3,
      r.target,
      r.actual,
      r.weight,
      r.score,
      r.printedScore,
      r.reason,
    ]);
    expect(rows).toEqual([
      ['预算执行率', '', '100%', '57%', '10', '5.7', '5.7', 'execution-rate'],
      ['产出指标', '驻村工作人员人数', '1人', '1人', '20', '20', '20', 'met'],
      ['产出指标', '完成任务率', '≥99%', '57%', '10', '5.7', '5.7', 'proportional'],
      ['产出指标', '补经费划拨发成时间', '2023年12月31日前', '2023年12月31日前', '10', '10', '10', 'met'],
      ['产出指标', '完成成本总目标', '≤1.5万元', '100%', '20', '20', '20', 'met'],
      ['效益指标', '巩固脱贫成果,开展乡村振兴', '优', '优', '10', '10', '10', 'met'],
      ['效益指标', '持续提升脱贫攻坚成果同乡村振兴工作有效衔接', '长效', '长效', '10', '10', '10', 'met'],
      ['满意度指标', '驻村人员满意度', '≥95%', '100%', '10', '10', '10', 'met'],
    ]);
  });

  it('reads the cut-off first table as budget and execution only', () => {
    const p = project(jinkouhe, '城乡居民医疗保险区财政补助');
    expect(p.rows.map((r) => [r.level1, r.actual, r.score, r.printedScore])).toEqual([
      ['预算执行率', '96.6%', '9.7', null],
    ]);
    expect(p.findings.map((f) => f.code)).toEqual(['UNDER_EXECUTED', 'REASON_MISSING', 'NO_INDICATORS']);
  });

  // [project, finding code, indicator, figures]
  it.each<[string, string, string, Record<string, unknown>]>([
    [
      '驻村工作队队员补助',
      'UNDER_EXECUTED',
      '预算执行率',
      { rate: '56.7', budget: '1.5', executed: '0.85', reasonRequired: true },
    ],
    [
      '征地农转非城乡居民医疗保险财政补助',
      'REASON_MISSING',
      '完成任务率',
      { score: '6.8', weight: '10', row: 1 },
    ],
    ['征地农转非城乡居民医疗保险财政补助', 'REASON_MISSING', '预算执行率', { score: '6.8', weight: '10' }],
    [
      '征地农转非城乡居民医疗保险财政补助',
      'UNDER_EXECUTED',
      '预算执行率',
      { rate: '68.3', reasonRequired: true },
    ],
    ['建国初期退休人员门诊医疗补助资金', 'REASON_MISSING', '预算执行率', { score: '2', weight: '10' }],
    ['医保基金监督举报奖励经费', 'REASON_MISSING', '完成任务率', { score: '0', weight: '10' }],
    ['建国初期退休人员住院医疗补助资金', 'REASON_MISSING', '完成任务率', { score: '0', weight: '10' }],
    [
      '建国初期退休人员住院医疗补助资金',
      'UNDER_EXECUTED',
      '预算执行率',
      { rate: '0', budget: '4', executed: '0' },
    ],
    [
      '城镇18周岁以上低保三无人员和尘肺病患者医疗',
      'OVER_EXECUTED',
      '预算执行率',
      { rate: '110.8', budget: '2.5', executed: '2.77' },
    ],
    ['城乡居民医疗保险区财政补助', 'UNDER_EXECUTED', '预算执行率', { rate: '96.6', reasonRequired: false }],
  ])('%s: %s on %s', (name, code, indicator, figures) => {
    expect(project(jinkouhe, name).findings).toContainEqual(
      expect.objectContaining({ code, indicator, ...figures }),
    );
  });

  it('finds a missing reason on exactly the rows that lost points without one', () => {
    const found = jinkouhe.projects.flatMap((p) =>
      p.findings
        .filter((f) => f.code === 'REASON_MISSING')
        .map((f) => [p.name, f.indicator, f.score, f.weight]),
    );
    expect(found).toEqual(JINKOUHE_2023_REASON_MISSING);
  });

  it('finds no missing reason where the table gave one (驻村, 征地农转非城镇职工)', () => {
    for (const name of ['驻村工作队队员补助', '征地农转非城镇职工医疗保险补助']) {
      expect(project(jinkouhe, name).findings.filter((f) => f.code === 'REASON_MISSING')).toEqual([]);
    }
  });
});

describe('scoreSelfEvaluationDocument with the standard profile', () => {
  // The only rule that differs on these tables: a percentage target missed scores actual / target.
  // [project, total, printed total, differences]
  it.each<[string, string, string, [string, string, string | null][]]>([
    [
      '驻村工作队队员补助',
      '91.5',
      '91.4',
      [
        ['完成任务率', '5.7', '5.8'],
        ['得分', '91.4', '91.5'],
      ],
    ],
    [
      '征地农转非城乡居民医疗保险财政补助',
      '93.7',
      '93.6',
      [
        ['完成任务率', '6.8', '6.9'],
        ['得分', '93.6', '93.7'],
      ],
    ],
    ['征地农转非城镇职工医疗保险补助', '60', '60', []],
    ['建国初期退休人员门诊医疗补助资金', '92', '92', []],
    ['医保基金监督举报奖励经费', '80', '80', []],
    ['建国初期退休人员住院医疗补助资金', '80', '80', []],
    ['城镇18周岁以上低保三无人员和尘肺病患者医疗', '100', '100', []],
  ])('%s: %s where %s was printed', (name, total, printedTotal, differences) => {
    const p = project(standard, name);
    expect([p.total, p.printedTotal]).toEqual([total, printedTotal]);
    expect(p.differences.map((d) => [d.indicator, d.printed, d.computed])).toEqual(differences);
  });

  it('explains the differing row by its rule', () => {
    const row = (report: typeof jinkouhe) => project(report, '驻村工作队队员补助').rows[2];
    expect([row(jinkouhe).reasonText, row(standard).reasonText]).toEqual([
      '百分比指标未达成：分值×实际完成率',
      '未达到年度指标值：分值×实际值/目标值',
    ]);
    expect(standard.profile).toEqual({ id: 'standard', version: 1 });
  });
});

describe('scoreSelfEvaluationDocument on a document that disagrees with itself', () => {
  it('lists the rows and the total whose printed score differs from the computed one', () => {
    const altered = seed.replace(
      '补经费划拨发成时间\t2023年12月31日前\t2023年12月31日前\t10\t10',
      '补经费划拨发成时间\t2023年12月31日前\t2024年1月31日\t10\t10',
    );
    const p = project(scoreSelfEvaluationDocument(altered), '驻村工作队队员补助');
    expect(p.differences).toEqual([
      { row: 3, indicator: '补经费划拨发成时间', printed: '10', computed: '9.2' },
      { row: null, indicator: '得分', printed: '91.4', computed: '90.6' },
    ]);
    expect(p.rows[3].reasonText).toContain('按标准规则计分');
  });

  it('finds 年度资金总额 that is not 财政拨款 + 其他资金 (UNRECONCILED), budget and execution apart', () => {
    expect(jinkouhe.projects.flatMap((p) => p.findings).filter((f) => f.code === 'UNRECONCILED')).toEqual([]);
    const altered = seed.replace('其中:财政拨款\t1.5\t\t0.85\t', '其中:财政拨款\t1.4\t\t0.85\t');
    const p = project(scoreSelfEvaluationDocument(altered), '驻村工作队队员补助');
    expect(p.findings.filter((f) => f.code === 'UNRECONCILED')).toEqual([
      expect.objectContaining({
        column: '全年预算数',
        stated: '1.50',
        sum: '1.40',
        difference: '-0.10',
        line: 324,
        message: '年度资金总额 全年预算数：2 项合计 1.40 万元，与所列 1.50 万元不符（差 -0.10 万元）',
      }),
    ]);
  });

  it('names the project and the row of an actual that does not parse', () => {
    const broken = seed.replace('驻村人员满意度\t≥95%\t100%', '驻村人员满意度\t≥95%\t很满意');
    expect(() => scoreSelfEvaluationDocument(broken)).toThrow(
      expect.objectContaining({
        code: 'SCORING.ACTUAL_UNPARSEABLE',
        rowIndex: 6,
        rowName: '驻村人员满意度',
        message: expect.stringMatching(/^驻村工作队队员补助：第 7 行，驻村人员满意度：/),
      }),
    );
  });
});
