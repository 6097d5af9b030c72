import { formatIndicatorValue } from '@jixiao/indicator-value';
import { parseDepartmentTargetsTable } from './department-targets-table';
import { lineIndex, seedLines } from './seed-lines.spec-helper';

const isTitle = (line: string) => line.trim() === '部门整体支出绩效目标表';
const leshanLines = seedLines('leshan-2024-budget.txt');
const leshan = parseDepartmentTargetsTable(leshanLines, lineIndex(leshanLines, isTitle), 'leshan');
const dachuanLines = seedLines('dachuan-2024-budget.txt');
const dachuan = parseDepartmentTargetsTable(dachuanLines, lineIndex(dachuanLines, isTitle), 'dachuan');

type Row = [line: number, level1: string, level2: string, level3: string, shown: string, weight: string | undefined];
const rowOf = (document: typeof leshan.document, line: number) => {
  const i = document.indicators.find((indicator) => indicator.line === line)!;
  return [i.level1, i.level2, i.level3, formatIndicatorValue(i.target), i.weight?.toString()];
};

describe('Leshan 部门整体支出绩效目标表 (公开表7)', () => {
  const { document } = leshan;

  it('reads the department, the budget and the goal that wrapped', () => {
    expect([document.kind, document.layout, document.year]).toEqual(['department-targets', 'leshan', 2024]);
    expect(document.department).toEqual({ code: '315', name: '乐山市医疗保障局' });
    expect([document.budget.total?.toFixed(2), document.budget.fiscal?.toFixed(2), document.budget.other?.toFixed(2)]).toEqual(['1672.81', '1672.81', '0.00']);
    expect(document.goal).toMatch(/^1\.做好医保各项发展规划；.*构建完善多元复合支付方式，提高医保基金使用绩效；.*持续强化基金监管；$/);
    expect(leshan.endIndex + 1).toBe(955);
  });

  it('reads the nine tasks', () => {
    expect(document.tasks.map((t) => t.name)).toEqual([
      '2024年医疗保险基金委托审计',
      '2024年医保网上办事大厅短信认证',
      '2024年市本级定点医疗机构医疗费用监督检查',
      '2024年城乡医疗救助补助资金',
      '2024年乐山市深化医疗服务价格改革试点',
      '四川省医保信息平台乐山系统运维',
      '2024年医疗保障基金监管及宣传',
      '2024年IDC机房租赁',
      '2024年医保骨干网接入',
    ]);
    expect(document.tasks[0]).toEqual({ name: '2024年医疗保险基金委托审计', content: '对2024年医保基金进行审计', budget: null, line: 920 });
  });

  it('reads 21 weighted indicators', () => {
    expect(document.indicators).toHaveLength(21);
    expect(document.indicators.every((i) => i.weight !== null)).toBe(true);
    expect(document.warnings).toEqual([]);
  });

  it.each<Row>([
    [931, '产出指标', '数量指标', '短信送达数量', '=72万条', '2'],
    [939, '产出指标', '数量指标', '短信发送指令响应时间', '≤7秒', '1'],
    [942, '产出指标', '质量指标', '设备日常巡检次数', '>22次/年', '3'],
    [944, '产出指标', '质量指标', '医保公共服务水平', '定性:高', '4'],
    [949, '效益指标', '社会效益指标', '困难群众医疗费用负担减轻程度', '定性:有效减轻', '5'],
    [953, '满意度指标', '服务对象满意度指标', '参保群众对医保工作的满意度', '≥90%', '10'],
  ])('indicator at line %i: %s / %s / %s %s', (line, ...expected) => {
    expect(rowOf(document, line)).toEqual(expected);
  });
});

describe('Dachuan 部门整体支出绩效目标表 (operator folded into the value, no weights, shifted cells)', () => {
  const { document } = dachuan;

  it('reads the department from the document, the budget and the goal', () => {
    expect(document.department).toEqual({ code: '136', name: '达州市达川区医疗保障局' });
    expect([document.budget.total?.toFixed(2), document.budget.fiscal?.toFixed(2), document.budget.other?.toFixed(2)]).toEqual(['4187.90', '4187.90', '0.00']);
    expect(document.goal).toMatch(/^2024年，使用财政预算资金4187\.90万元/);
    expect(dachuan.endIndex + 1).toBe(553);
  });

  it('reads the nine tasks, shifted or not', () => {
    expect(document.tasks).toHaveLength(9);
    expect(document.tasks.slice(0, 2).map((t) => [t.name, t.line])).toEqual([
      ['人员类支出', 507],
      ['运转类（公用经费）支出', 508],
    ]);
    expect(document.tasks[8].name).toBe('城乡医疗救助补助资金到位工作');
  });

  it('reads 32 indicators without weights and without warnings', () => {
    expect(document.indicators).toHaveLength(32);
    expect(document.indicators.every((i) => i.weight === null)).toBe(true);
    expect(document.warnings).toEqual([]);
  });

  it.each<Row>([
    [520, '产出指标', '数量指标', '2024年单位在职人员数量', '=41人', undefined],
    [523, '产出指标', '数量指标', '医保专线安装点位数量', '≥300个', undefined],
    [527, '产出指标', '数量指标', '全年各项工作出差人次', '≥100人次', undefined],
    [528, '产出指标', '数量指标', '居民参保人数', '≥60万人', undefined],
    [530, '产出指标', '质量指标', '差旅费发放准确率', '=100%', undefined],
    [532, '产出指标', '质量指标', '档案资料分类、排序等环节的差错率', '≤10%', undefined],
    [538, '产出指标', '时效指标', '全年各项工作任务开展、完成及时率', '=100%', undefined],
    [539, '产出指标', '时效指标', '全年各项工作任务完成时限', '≤12月', undefined],
    [540, '效益指标', '经济效益指标', '定额公用经费运转保障率', '=100%', undefined],
    [542, '效益指标', '可持续影响指标', '各项工作长效管理（护）机制健全性', '定性:优', undefined],
    [543, '满意度指标', '满意度指标', '单位职工满意度', '≥90%', undefined],
    [544, '满意度指标', '满意度指标', '服务对象满意度', '≥90%', undefined],
    [545, '成本指标', '经济成本指标', '2024年部门预算本级财政预算控制数', '≤4187.9万元', undefined],
    [551, '成本指标', '经济成本指标', '2024年度城乡医疗救助补助资金项目成本控制数', '≤500万元', undefined],
  ])('indicator at line %i: %s / %s / %s %s', (line, ...expected) => {
    expect(rowOf(document, line)).toEqual(expected);
  });

  it('reads the long 社会效益 row as a qualitative target', () => {
    const row = document.indicators.find((i) => i.line === 541)!;
    expect([row.level1, row.level2, formatIndicatorValue(row.target)]).toEqual(['效益指标', '社会效益指标', '定性:优']);
    expect(row.level3).toMatch(/^对医保网络进行维护，确保网络平稳运行；.*确保医保基金安全运转。$/);
  });
});
