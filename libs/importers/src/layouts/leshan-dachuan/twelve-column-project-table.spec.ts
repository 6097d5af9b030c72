import { Decimal } from '@jixiao/decimal';
import { formatIndicatorValue } from '@jixiao/indicator-value';
import { ImportedProject } from '../../imported-document';
import { lineIndex, seedLines } from './seed-lines.spec-helper';
import { parseTwelveColumnProjectTable } from './twelve-column-project-table';

const isHeader = (line: string) => line.startsWith('单位名称\t项目名称\t预算数');
const leshanLines = seedLines('leshan-2024-budget.txt');
const leshan = parseTwelveColumnProjectTable(leshanLines, lineIndex(leshanLines, isHeader), 'leshan');
const dachuanLines = seedLines('dachuan-2024-budget.txt');
const dachuan = parseTwelveColumnProjectTable(dachuanLines, lineIndex(dachuanLines, isHeader), 'dachuan');

const sum = (values: (Decimal | null)[]) => Decimal.sum(values.map((v) => v ?? Decimal.ZERO));
const weightOf = (project: ImportedProject) => sum(project.indicators.map((i) => i.weight)).toString();
const projectAt = (projects: ImportedProject[], line: number) => projects.find((p) => p.line === line)!;
const indicatorAt = (projects: ImportedProject[], line: number) => projects.flatMap((p) => p.indicators).find((i) => i.line === line)!;

describe('Leshan 公开表6 (12 columns)', () => {
  const { document } = leshan;

  it('reads 27 projects, 1672.83 summed and 1672.81 stated, both kept', () => {
    expect(document.totals.projects).toBe(27);
    expect(document.totals.budget.toFixed(2)).toBe('1672.83');
    expect(document.stated.projects).toBe(27);
    expect(document.stated.budget?.toFixed(2)).toBe('1672.81');
    expect(document.stated.line).toBe(1085);
    expect(document.totals.indicators).toBe(117);
  });

  it('knows the year, the department and where the table ends', () => {
    expect(document.year).toBe(2024);
    expect(document.department).toEqual({ code: '315', name: '乐山市医疗保障局' });
    expect(leshan.endIndex + 1).toBe(905);
    expect(document.layout).toBe('leshan');
  });

  it('reads the three units, their stated totals and their projects', () => {
    const byUnit = new Map<string, Decimal>();
    for (const p of document.projects) byUnit.set(p.unitCode!, (byUnit.get(p.unitCode!) ?? Decimal.ZERO).add(p.budget!));
    expect([...byUnit].map(([code, total]) => [code, total.toFixed(2)])).toEqual([
      ['315001', '782.21'],
      ['315302', '810.38'],
      ['315303', '80.24'],
    ]);
    expect(document.stated.units?.map((u) => [u.unitCode, u.unitName, u.budget.toFixed(2), u.line])).toEqual([
      ['315001', '乐山市医疗保障局机关', '782.20', 166],
      ['315302', '乐山市医疗保障事务中心', '810.37', 167],
      ['315303', '乐山市医疗保障数据和医疗保险异地结算中心', '80.24', 168],
    ]);
  });

  it('gives every project weights summing to 90, and no project twice', () => {
    expect(document.projects.filter((p) => weightOf(p) !== '90').map((p) => p.name)).toEqual([]);
    const keys = document.projects.map((p) => `${p.unitCode}/${p.code}`);
    expect(new Set(keys).size).toBe(27);
    expect(document.projects.every((p) => p.indicators.length > 0 && p.goal)).toBe(true);
  });

  it('counts 18 R+Y projects as 人员类 (1236.78) and 9 T projects as 特定目标类 (436.03), as the prose does', () => {
    const byCategory = (category: string) => document.projects.filter((p) => p.category === category);
    expect([byCategory('人员类').length, sum(byCategory('人员类').map((p) => p.budget)).toFixed(2)]).toEqual([18, '1236.80']);
    expect([byCategory('特定目标类').length, sum(byCategory('特定目标类').map((p) => p.budget)).toFixed(2)]).toEqual([9, '436.03']);
    expect(document.stated.categories.map((c) => [c.category, c.projects, c.budget.toFixed(2)])).toEqual([
      ['人员类', 18, '1236.78'],
      ['运转类', 0, '0.00'],
      ['特定目标类', 9, '436.03'],
    ]);
  });

  it.each<[number, string, string, string, string]>([
    [766, '315001', '51000021Y000000011490', '日常公用经费', '53.20'],
    [771, '315001', '51110024T000011029495', '2024年城乡医疗救助补助资金', '200.00'],
    [787, '315001', '51110024T000010955901', '2024年医疗保障基金监管及宣传费', '65.58'],
    [826, '315001', '51110024T000010955777', '2024年IDC机房租赁费用', '28.20'],
    [837, '315001', '51110024R000010735949', '基础绩效奖及平时性绩效工资', '74.03'],
    [840, '315302', '51110024Y000010745291', '编外人员伙食补助费', '5.81'],
    [876, '315302', '51110024T000010981968', '2024年医保网上办事大厅短信认证费用', '3.60'],
    [888, '315303', '51000021R000000019951', '工资性支出', '31.45'],
    [902, '315303', '51110024R000010735949', '基础绩效奖及平时性绩效工资', '13.80'],
  ])('project at line %i: unit %s, code %s, %s, %s 万元', (line, unitCode, code, name, budget) => {
    const project = projectAt(document.projects, line);
    expect([project.unitCode, project.code, project.name, project.budget?.toFixed(2)]).toEqual([unitCode, code, name, budget]);
  });

  it('joins goals that wrapped onto later lines', () => {
    expect(projectAt(document.projects, 787).goal).toMatch(/^目标1：深入贯彻落实党的二十大精神，持续加大医保基金监管力度/);
    expect(projectAt(document.projects, 809).goal).toContain('在全国率先完成医疗服务价格改革试点，形成可操作');
    expect(projectAt(document.projects, 826).goal).toBe(
      '提供可靠稳定的外部机房环境(含恒定电压、温湿度控制、消防设施等),妥善存放和使用乐山市医保骨干专网横向接入区网络安全设备,确保医保业务数据安全、平稳传输。',
    );
  });

  it.each<[number, string, string, string, string, string | null, string, string]>([
    [766, '产出指标', '数量指标', '科目调整次数', '≤5次', '次', '20', 'reverse'],
    [769, '效益指标', '社会效益指标', '运转保障率', '=100%', '%', '20', 'positive'],
    [771, '产出指标', '数量指标', '基金累计结余占筹集基金总额的比重', '≤15%', '%', '8', 'reverse'],
    [772, '产出指标', '质量指标', '住院医疗费用救助比例', '定性:符合实际', null, '6', 'positive'],
    [774, '产出指标', '质量指标', '资助参保人数', '定性:符合救助条件的对象按规定纳入救助范围', null, '6', 'positive'],
    [783, '效益指标', '可持续发展指标', '对健全医疗保障制度体系的作用', '定性:成效明显', null, '6', 'positive'],
    [787, '产出指标', '数量指标', '开展医保集中宣传次数（次）', '≥2次', '次', '5', 'positive'],
    // A deadline keeps no unit: its 度量单位 `月` is part of the date (the printed text keeps the cell).
    [797, '产出指标', '时效指标', '医保政策知晓度覆盖完成时间', '=12月', null, '5', 'exact'],
    [829, '产出指标', '数量指标', '托管设备故障发生率', '<5%', '%', '10', 'reverse'],
    [833, '产出指标', '质量指标', '设备日常巡检次数', '>22次', '次', '5', 'positive'],
    [856, '产出指标', '时效指标', '审计医保记账凭证的时间', '≤4月', null, '20', 'reverse'],
    [872, '产出指标', '质量指标', '检查医院违规金额', '≥240万', '万', '30', 'positive'],
    [877, '产出指标', '数量指标', '短信发送指令响应时间', '≤7秒', '秒', '10', 'reverse'],
    [878, '产出指标', '数量指标', '短信送达数量', '=72万条', '万条', '10', 'exact'],
    [879, '产出指标', '质量指标', '医保公共服务水平', '定性:高', null, '10', 'positive'],
    [880, '产出指标', '时效指标', '短信服务期限', '=1年', '年', '20', 'exact'],
    [882, '满意度指标', '服务对象满意度指标', '参保群众对医保线上公共服务的满意度', '≥90%', '%', '10', 'positive'],
    [883, '产出指标', '数量指标', '科目调整次数', '≤5次', '次', '20', 'reverse'],
  ])('indicator at line %i: %s / %s / %s %s', (line, level1, level2, level3, shown, unit, weight, direction) => {
    const indicator = indicatorAt(document.projects, line);
    expect([indicator.level1, indicator.level2, indicator.level3, formatIndicatorValue(indicator.target), indicator.unit, indicator.weight?.toString(), indicator.direction]).toEqual([
      level1,
      level2,
      level3,
      shown,
      unit,
      weight,
      direction,
    ]);
  });

  it('keeps the printed cells verbatim', () => {
    expect(indicatorAt(document.projects, 772).text).toBe('定 性 符合 实际');
    expect(indicatorAt(document.projects, 878).text).toBe('= 72 万 条');
    expect(indicatorAt(document.projects, 797).target).toMatchObject({ kind: 'deadline', operator: '=', month: 12 });
  });

  it('raises no layout warnings on the published table', () => {
    expect(document.warnings).toEqual([]);
  });
});

describe('Dachuan 部门预算项目绩效目标表 (12 columns)', () => {
  const { document } = dachuan;

  it('reads 6 projects and 3541.72 万元, as stated', () => {
    expect([document.totals.projects, document.totals.budget.toFixed(2), document.totals.indicators]).toEqual([6, '3541.72', 42]);
    expect([document.stated.projects, document.stated.budget?.toFixed(2)]).toEqual([6, '3541.72']);
    expect(document.stated.categories.find((c) => c.category === '特定目标类')?.projects).toBe(6);
    expect(document.department).toEqual({ code: '136', name: '达州市达川区医疗保障局' });
    expect(document.year).toBe(2024);
    expect(dachuan.endIndex + 1).toBe(500);
  });

  it('gives every project weights summing to 90', () => {
    expect(document.projects.map(weightOf)).toEqual(['90', '90', '90', '90', '90', '90']);
    expect(document.projects.map((p) => [p.unitName, p.code, p.category])).toEqual(Array(6).fill(['达州市达川区医疗保障局', null, null]));
  });

  it.each<[number, string, string]>([
    [457, '2024年度医疗保险网络维护费用项目', '10.00'],
    [478, '2024年度居民参保“零跑腿、一站结”专项经费项目', '18.72'],
    [492, '2024年度城乡居民医保基金配套资金项目', '3000.00'],
  ])('project at line %i: %s, %s 万元', (line, name, budget) => {
    const project = projectAt(document.projects, line);
    expect([project.name, project.budget?.toFixed(2)]).toEqual([name, budget]);
  });

  it.each([461, 468, 475, 481, 482, 488, 489, 495, 496])('reads the weight that slid into 度量单位 at line %i, and says so', (line) => {
    const indicator = indicatorAt(document.projects, line);
    expect([formatIndicatorValue(indicator.target), indicator.unit, indicator.weight?.toString(), indicator.text]).toEqual(['定性:优', null, '10', '定性 优']);
    expect(document.warnings.filter((w) => w.line === line).map((w) => w.code)).toEqual(['CELL_SHIFTED']);
  });

  it.each<[number, string, string, string]>([
    [457, '医保网络平台建设个数', '≥1个', '10'],
    [464, '医保资料接收次数', '≥150次/年', '10'],
    [465, '档案资料分类、排序等环节的差错率', '≤10%', '15'],
    [463, '2024年度医疗保险网络维护项目成本控制数', '≤10万元', '15'],
    [484, '2024年度居民参保“零跑腿、一站结”专项经费项目', '≤18.72万元', '20'],
  ])('indicator at line %i: %s %s weight %s', (line, level3, shown, weight) => {
    const indicator = indicatorAt(document.projects, line);
    expect([indicator.level3, formatIndicatorValue(indicator.target), indicator.weight?.toString()]).toEqual([level3, shown, weight]);
  });
});
