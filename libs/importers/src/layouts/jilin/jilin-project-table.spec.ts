import * as fs from 'fs';
import * as path from 'path';
import { Decimal } from '@jixiao/decimal';
import { importText } from '../../import-text';
import { ProjectTargetsDocument } from '../../imported-document';

const text = fs.readFileSync(path.resolve(process.cwd(), 'test/fixtures/seeds/jilin-2024-budget.txt'), 'utf8');

describe('Jilin 项目支出绩效目标表', () => {
  const result = importText(text);
  const document = result.documents[0] as ProjectTargetsDocument;
  const warnings = (code: string) => document.warnings.filter((w) => w.code === code);

  // The ten printed amounts add up to 1251.51, two cents more than the prose states: reported, not fixed.
  it('finds one project table, with the stated totals and the reconciliation warning', () => {
    expect(result.documents.map((d) => [d.kind, d.layout, d.year])).toEqual([['project-targets', 'jilin', 2024]]);
    expect(document.department).toEqual({ code: '257', name: '吉林省医疗保障局' });
    expect(document.stated).toEqual({ projects: 10, budget: Decimal.parse('1251.49'), line: 455 });
    expect(document.totals.projects).toBe(10);
    expect(document.totals.budget.toFixed(2)).toBe('1251.51');
    expect(warnings('STATED_TOTAL_MISMATCH')).toEqual([
      {
        code: 'STATED_TOTAL_MISMATCH',
        line: 455,
        message: 'the document states 1251.49 万元 but its projects add up to 1251.51 万元 (difference 0.02); both kept as printed',
      },
    ]);
    expect(warnings('STATED_COUNT_MISMATCH')).toEqual([]);
  });

  it.each([
    [306, '257001', '员额人员经费-吉林省医疗保障局本级', '42.2', 2, '90'],
    [308, '257001', '医疗保障政策制定与管理工作经费-吉林省医疗保障局本级', '207.6', 9, '90'],
    [317, '257001', '综合事务管理含机构运行财务审计绩效管理档案建设政策法规等-吉林省医疗保障局本级', '324.8', 8, '70'],
    [326, '257001', '提升医保惠民效能项目经费-吉林省医疗保障局本级', '100', 4, '90'],
    [336, '257002', '医疗保障经办服务补助经费-吉林省社会医疗保险管理局', '318.48', 3, '90'],
    [339, '257002', '定点服务机构医保服务绩效考核奖励专项补助定点医药机构离休干部医疗服务考核奖励-吉林省社会医疗保险管理局', '30', 2, '90'],
    [341, '257002', '经办服务大厅运行管理补助经费-吉林省社会医疗保险管理局', '157.5', 3, '90'],
    [350, '257003', '医药价格和集中采购信息监测统计分析和发布经费及基金运行监测评估经费-吉林省医药价格指导中心', '28.66', 4, '90'],
    [360, '257004', '综合事务管理经费-吉林省医疗保障事业管理中心', '25.27', 4, '90'],
    [364, '257004', '医疗保障统计调查工作经费-吉林省医疗保障事业管理中心', '17', 6, '90'],
  ])('line %i: unit %s 「%s」 %s 万元, %i indicators, weights %s', (line, unitCode, name, budget, count, weights) => {
    const project = document.projects.find((p) => p.line === line)!;
    expect([project.unitCode, project.name, project.budget?.toString(), project.indicators.length]).toEqual([unitCode, name, budget, count]);
    expect(Decimal.sum(project.indicators.flatMap((i) => (i.weight ? [i.weight] : []))).toString()).toBe(weights);
  });

  it('has 4 units and no phantom project from the page break that repeats 提升医保惠民效能 (line 328)', () => {
    expect(new Set(document.projects.map((p) => p.unitCode)).size).toBe(4);
    expect(document.projects.map((p) => p.line)).not.toContain(328);
    const continued = document.projects.find((p) => p.line === 326)!;
    expect(continued.indicators.map((i) => [i.line, i.level3])).toEqual([
      [326, '启动“先医后付”试点工作的医院数量'],
      [327, '“先医后付”覆盖的市级统筹地区'],
      [328, '智能服务终端覆盖定点机构数'],
      [329, '城乡居民医保参保率'],
    ]);
    expect(warnings('DUPLICATE_PROJECT')).toEqual([]);
  });

  it('reports the lost cell of line 317 without inventing it, and the weight sum it spoils', () => {
    const lost = document.projects.find((p) => p.line === 317)!.indicators[0];
    expect([lost.level3, lost.target.kind, lost.weight]).toEqual(['人均培训成本', 'empty', null]);
    expect(warnings('VALUE_MISSING').map((w) => w.line)).toEqual([317]);
    expect(warnings('WEIGHT_MISSING').map((w) => w.line)).toEqual([317]);
    expect(warnings('WEIGHT_SUM')).toEqual([
      {
        code: 'WEIGHT_SUM',
        line: 317,
        message: expect.stringMatching(/weights add up to 70 with 1 weight\(s\) missing/),
      },
    ]);
  });

  it.each([
    [306, '产出指标', '数量指标', '年度内员额人员人数', '<=3人', '≤', '3', '人', '50'],
    [307, '效益指标', '经济效益指标', '员额人员工资发放及时率', '每月发放', '定性', null, null, '40'],
    [309, '产出指标', '数量指标', '开展业务培训', '>=2期', '≥', '2', '期', '5'],
    [315, '效益指标', '社会效益指标', '参保职工和居民医疗费用负担减轻程度', '有效缓解', '定性', null, null, '15'],
    [318, '产出指标', '数量指标', '法律顾问聘用人数', '>=1人', '≥', '1', '人', '5'],
    [322, '产出指标', '时效指标', '档案整理归档时限', '8月底前', '≤', null, null, '5'],
    [323, '效益指标', '社会效益指标', '依法行政水平', '有所提升', '定性', null, null, '20'],
    [336, '产出指标', '数量指标', '咨询服务热线接听量', '>=70000次', '≥', '70000', '次', '50'],
    [367, '产出指标', '质量指标', '统计报表按期上报率', '>=100%', '≥', '100', '%', '14'],
    [369, '满意度指标', '服务对象满意度指标', '受训学员满意度', '>=95%', '≥', '95', '%', '10'],
  ])('line %i reads %s / %s / %s = %s', (line, level1, level2, level3, text, operator, amount, unit, weight) => {
    const indicator = document.projects.flatMap((p) => p.indicators).find((i) => i.line === line)!;
    expect([indicator.level1, indicator.level2, indicator.level3, indicator.text, indicator.operator]).toEqual([level1, level2, level3, text, operator]);
    expect(indicator.target.kind === 'number' ? indicator.target.amount.toString() : null).toBe(amount);
    expect(indicator.target.kind === 'number' ? indicator.unit : null).toBe(unit);
    expect(indicator.weight?.toString()).toBe(weight);
  });

  it('carries the goal over a wrapped line (line 325) and warns about shifted rows and levels outside the catalogue', () => {
    expect(document.projects.find((p) => p.line === 317)!.goal).toMatch(/优化办理流程，提高办事效率。规范程序，推动建立依法决策体系，确保决策有依据。$/);
    expect(warnings('CELL_SHIFTED').map((w) => w.line)).toEqual(expect.arrayContaining([317, 318, 319, 320, 322, 369]));
    expect(warnings('LEVEL_NOT_IN_CATALOGUE').map((w) => [w.line, w.message])).toEqual([
      [323, 'line 323, 「依法行政水平」: 二级指标 「社会效益」 is not in the indicator catalogue; read as 「社会效益指标」'],
    ]);
    expect(warnings('REVERSE_RATE_WITH_GE').map((w) => w.line)).toEqual([340]);
  });
});
