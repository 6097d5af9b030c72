import { Decimal } from '@jixiao/decimal';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseSelfEvaluationDocument } from './parse-self-evaluation-document';

const seed = readFileSync(
  resolve(process.cwd(), 'test/fixtures/seeds/jinkouhe-2023-final-accounts.txt'),
  'utf8',
);
const document = parseSelfEvaluationDocument(seed);
const byName = (name: string) => {
  const project = document.projects.find((p) => p.name === name);
  if (!project) throw new Error(`no project ${name}`);
  return project;
};

describe('parseSelfEvaluationDocument on the Jinkouhe 2023 决算', () => {
  it('reads the year, the department and eight projects (the one printed twice counted once)', () => {
    expect([document.year, document.department, document.projects.length]).toEqual([
      2023,
      '乐山市金口河区医疗保障局',
      8,
    ]);
  });

  // [项目名称, 全年预算数, 全年执行数, printed rate, printed total, 得分 of 预算执行率, indicators, first line]
  it.each<[string, string, string, string, string | null, string | null, number, number]>([
    ['城乡居民医疗保险区财政补助', '140', '135.22', '0.965857143', null, null, 0, 311],
    ['驻村工作队队员补助', '1.5', '0.85', '0.566666667', '91.4', '5.7', 7, 320],
    ['征地农转非城镇职工医疗保险补助', '5', '0', '0', '60', '0', 7, 342],
    ['征地农转非城乡居民医疗保险财政补助', '15', '10.24', '0.682666667', '93.6', '6.8', 7, 386],
    ['建国初期退休人员门诊医疗补助资金', '2', '0.4', '0.2', '92', '2', 7, 408],
    ['医保基金监督举报奖励经费', '1', '0', '0', '80', '0', 7, 430],
    ['建国初期退休人员住院医疗补助资金', '4', '0', '0', '80', '0', 7, 452],
    ['城镇18周岁以上低保三无人员和尘肺病患者医疗', '2.5', '2.77', '1.108', '100', '10', 7, 474],
  ])(
    '%s: %s / %s (rate %s), total %s',
    (name, budget, executed, rate, total, executionScore, count, line) => {
      const p = byName(name);
      expect([
        p.budget?.toString(),
        p.executed?.toString(),
        p.money.total?.rate,
        p.money.fiscal?.budget?.toString(),
      ]).toEqual([budget, executed, rate, budget]);
      expect([
        p.printedTotal?.score?.toString() ?? null,
        p.executionRateRow?.score?.toString() ?? null,
      ]).toEqual([total, executionScore]);
      expect([p.indicators.length, p.line, p.year, p.unit, p.cutOff]).toEqual([
        count,
        line,
        2023,
        '乐山市金口河区医疗保障局',
        total === null,
      ]);
      if (count > 0) expect(p.indicators.reduce((sum, r) => sum + Number(r.weight.toString()), 0)).toBe(90);
    },
  );

  it('keeps #DIV/0! of the empty 其他资金 row as printed, not as an error', () => {
    expect(byName('驻村工作队队员补助').money.other).toEqual({
      budget: null,
      executed: null,
      rate: '#DIV/0!',
      line: 326,
    });
    expect(byName('征地农转非城镇职工医疗保险补助').money.other).toEqual({
      budget: null,
      executed: null,
      rate: null,
      line: 348,
    });
  });

  it('warns about the cut-off first table and the table printed twice', () => {
    expect(document.warnings).toEqual([
      expect.objectContaining({ code: 'TABLE_CUT_OFF', line: 311 }),
      expect.objectContaining({ code: 'TABLE_PRINTED_TWICE', line: 364 }),
    ]);
    expect(document.warnings[1].message).toContain('both printings read the same');
  });

  // [project, row, 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 扣分原因分析]
  it.each<[string, number, string, string, string, string, string, string, string, string | null]>([
    ['驻村工作队队员补助', 0, '产出指标', '数量指标', '驻村工作人员人数', '1人', '1人', '20', '20', null],
    [
      '驻村工作队队员补助',
      1,
      '产出指标',
      '质量指标',
      '完成任务率',
      '≥99%',
      '57%',
      '10',
      '5.7',
      '驻村工作时间只持续到2023年8月结束',
    ],
    ['驻村工作队队员补助', 3, '产出指标', '成本指标', '完成成本总目标', '≤1.5万元', '100%', '20', '20', null],
    [
      '驻村工作队队员补助',
      4,
      '效益指标',
      '社会效益指标',
      '巩固脱贫成果,开展乡村振兴',
      '优',
      '优',
      '10',
      '10',
      null,
    ],
    [
      '驻村工作队队员补助',
      5,
      '效益指标',
      '可持续影响指标',
      '持续提升脱贫攻坚成果同乡村振兴工作有效衔接',
      '长效',
      '长效',
      '10',
      '10',
      null,
    ],
    ['驻村工作队队员补助', 6, '满意度指标', '满意度指标', '驻村人员满意度', '≥95%', '100%', '10', '10', null],
    // first printing: wrapped cells (`2023年12月31日 前`, `减轻征地农转非参加职 工医保负担`) read back whole
    [
      '征地农转非城镇职工医疗保险补助',
      0,
      '产出指标',
      '数量指标',
      '参保人数',
      '据实',
      '0%',
      '20',
      '0',
      '征地农转非人员参加居',
    ],
    [
      '征地农转非城镇职工医疗保险补助',
      2,
      '产出指标',
      '时效指标',
      '代缴保险完成时间',
      '2023年12月31日前',
      '2023年12月31日前',
      '10',
      '10',
      null,
    ],
    [
      '征地农转非城镇职工医疗保险补助',
      4,
      '效益指标',
      '社会效益指标',
      '减轻征地农转非参加职工医保负担',
      '优',
      '优',
      '10',
      '10',
      null,
    ],
    [
      '征地农转非城乡居民医疗保险财政补助',
      1,
      '产出指标',
      '质量指标',
      '完成任务率',
      '≥99%',
      '68%',
      '10',
      '6.8',
      null,
    ],
    [
      '建国初期退休人员门诊医疗补助资金',
      0,
      '产出指标',
      '数量指标',
      '退休人员人数',
      '1人',
      '100%',
      '20',
      '20',
      null,
    ],
  ])(
    '%s row %i: %s / %s / %s',
    (name, index, level1, level2, level3, target, actual, weight, score, reason) => {
      const r = byName(name).indicators[index];
      expect([
        r.level1,
        r.level2,
        r.level3,
        r.target,
        r.actual,
        r.weight.toString(),
        r.score?.toString(),
        r.deductionReason,
      ]).toEqual([level1, level2, level3, target, actual, weight, score, reason]);
    },
  );

  it('reads the 预算执行率 row and 年度总体目标 as printed (住院 prints its rate as a bare 0)', () => {
    expect(byName('建国初期退休人员住院医疗补助资金').executionRateRow).toMatchObject({
      level1: '预算执行率(10分)',
      target: '100%',
      actual: '0',
      weight: expect.anything(),
    });
    expect(byName('驻村工作队队员补助').goal).toEqual({
      expected: '巩固脱贫成果,开展乡村振兴工作。',
      actual: '100%',
    });
  });
});

describe('parseSelfEvaluationDocument on edge cases', () => {
  const table = (rows: string[]) =>
    [
      '部门预算项目支出绩效自评表（2024年度）',
      '项目名称:\t示例项目\t年度:\t2024年',
      '年度资金总额\t10\t8\t0.8',
      '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值/权重\t得分\t扣分原因分析',
      '得 分\t\t\t\t\t100\t95',
      ...rows,
    ].join('\r\n');

  it('joins a 三级指标 wrapped onto its own line to the row above, with a warning', () => {
    const doc = parseSelfEvaluationDocument(
      table(['产出指标\t数量指标\t培训\t≥5次\t5次\t90\t90', '\t\t人次\t\t\t\t\t']),
    );
    expect(doc.projects[0].indicators.map((r) => r.level3)).toEqual(['培训人次']);
    expect(doc.warnings).toEqual([expect.objectContaining({ code: 'CELL_WRAPPED', line: 7 })]);
  });

  it('leaves out a row it cannot read and says so', () => {
    const doc = parseSelfEvaluationDocument(
      table(['产出指标\t数量指标\t培训\t≥5次\t5次\t90\t90', '\t\t一些\t说明\t\t']),
    );
    expect(doc.projects[0].indicators).toHaveLength(1);
    expect(doc.warnings.map((w) => w.code)).toEqual(['CELL_SHIFTED']);
  });

  it('warns about a money cell that is no number', () => {
    const doc = parseSelfEvaluationDocument(table([]).replace('\t8\t', '\t八\t'));
    expect([doc.projects[0].executed, doc.warnings[0].code]).toEqual([null, 'NOT_A_NUMBER']);
  });

  // The header fixes the columns: 8 cells, or 9 with an empty column between 二级指标 and 三级指标.
  it.each([
    ['8 columns', '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值/权重\t得分\t扣分原因分析', ''],
    [
      '9 columns',
      '一级指标\t二级指标\t\t三级指标\t年度指标值\t实际完成值\t分值/权重\t得分\t扣分原因分析',
      '\t',
    ],
  ])('reads a table of %s with its 得分 blank or partly blank', (_, header, gap) => {
    const doc = parseSelfEvaluationDocument(
      [
        '部门预算项目支出绩效自评表（2024年度）',
        '项目名称:\t示例项目\t年度:\t2024年',
        header,
        `得 分\t\t${gap}\t\t\t100\t\t`,
        `预算执行率(10分)\t\t${gap}\t100%\t80%\t10\t\t`,
        `产出指标\t数量指标\t${gap}培训\t≥5次\t5次\t50\t50\t`,
        `\t质量指标\t${gap}合格率\t≥90%\t80%\t40\t\t未达标`,
      ].join('\n'),
    );
    const p = doc.projects[0];
    expect([p.printedTotal?.weight.toString(), p.printedTotal?.score, p.executionRateRow?.target]).toEqual([
      '100',
      null,
      '100%',
    ]);
    expect(p.indicators).toEqual([
      expect.objectContaining({
        level1: '产出指标',
        level2: '数量指标',
        level3: '培训',
        score: Decimal.parse('50'),
      }),
      expect.objectContaining({
        level2: '质量指标',
        level3: '合格率',
        target: '≥90%',
        actual: '80%',
        weight: Decimal.parse('40'),
        score: null,
        deductionReason: '未达标',
      }),
    ]);
    expect(doc.warnings).toEqual([]);
  });

  it('says so when a document has no self-evaluation tables', () => {
    expect(parseSelfEvaluationDocument('第一部分 部门概况')).toEqual({
      year: null,
      department: null,
      projects: [],
      warnings: [expect.objectContaining({ code: 'NO_SELF_EVALUATION' })],
    });
  });
});
