import * as fs from 'fs';
import * as path from 'path';
import { importText } from './import-text';
import { toImportReportJson } from './import-report-json';

const report = (name: string) =>
  toImportReportJson(importText(fs.readFileSync(path.resolve(process.cwd(), 'test/fixtures/seeds', name), 'utf8')));

describe('toImportReportJson', () => {
  const jilin = report('jilin-2024-budget.txt');
  const document = jilin.documents[0];

  it('is plain JSON with numbers as decimal strings', () => {
    expect(JSON.parse(JSON.stringify(jilin))).toEqual(jilin);
    expect(document).toMatchObject({
      kind: 'project-targets',
      layout: 'jilin',
      year: 2024,
      stated: { projects: 10, budget: '1251.49', line: 455 },
      totals: { projects: 10, indicators: 45, budget: '1251.51' },
    });
  });

  it.each([
    [306, '≤', '3', '人', '50', 'reverse', '<=3人'],
    [307, '定性', '每月发放', null, '40', 'positive', '每月发放'],
    [317, null, null, null, null, 'positive', ''],
    [322, '≤', '8月底前', null, '5', 'reverse', '8月底前'],
    [350, '=', '100', '%', '15', 'exact', '=100%'],
  ])('indicator at line %i: operator %s, target %s, unit %s, weight %s, %s', (line, operator, target, unit, weight, direction, text) => {
    const indicator = 'projects' in document ? document.projects.flatMap((p) => p.indicators).find((i) => i.line === line) : undefined;
    expect(indicator).toMatchObject({ operator, target, unit, weight, direction, text, line });
  });

  it('gives a department-targets document its budget, goal, tasks and indicators', () => {
    const department = report('leshan-2024-budget.txt').documents[1];
    expect(department).toMatchObject({ kind: 'department-targets', budget: { total: '1672.81', fiscal: '1672.81', other: '0.00' } });
    expect('tasks' in department && department.tasks[0]).toEqual({ name: '2024年医疗保险基金委托审计', content: '对2024年医保基金进行审计', budget: null, line: 920 });
  });

  const indicatorAt = (name: string, kind: string, line: number) => {
    const document = report(name).documents.find((d) => d.kind === kind)!;
    const indicators = 'projects' in document ? document.projects.flatMap((p) => p.indicators) : document.indicators;
    return indicators.find((i) => i.line === line);
  };

  it('gives a department-targets document its stated and counted totals too', () => {
    const leshan = report('leshan-2024-budget.txt').documents[1];
    expect(leshan).toMatchObject({ stated: { budget: '1672.81', line: 915 }, totals: { tasks: 9, indicators: 21, budget: null } });
    const dachuan = report('dachuan-2024-budget.txt').documents[1];
    expect(dachuan).toMatchObject({ kind: 'department-targets', stated: { budget: '4187.90', line: 517 }, totals: { tasks: 9, indicators: 32, budget: null } });
    // Leshan's 21 department indicators add up to 90; Dachuan's print no weights: neither is warned about.
    expect([...leshan.warnings, ...dachuan.warnings].filter((w) => w.code === 'WEIGHT_SUM')).toEqual([]);
  });

  it('checks the weights of department indicators against 90 or 100', () => {
    const seed = fs.readFileSync(path.resolve(process.cwd(), 'test/fixtures/seeds/leshan-2024-budget.txt'), 'utf8');
    const edited = seed.replace('困难群众医疗费用负担减轻程度\t定性\t有效减轻\t\t5', '困难群众医疗费用负担减轻程度\t定性\t有效减轻\t\t6');
    expect(edited).not.toBe(seed);
    const department = toImportReportJson(importText(edited)).documents[1];
    expect(department.warnings.filter((w) => w.code === 'WEIGHT_SUM')).toEqual([
      { code: 'WEIGHT_SUM', message: expect.stringMatching(/^部门整体 indicators \(line \d+\): weights add up to 91, not 90 or 100$/), line: expect.any(Number) },
    ]);
  });

  it('gives a deadline one shape however its month was printed: target 12月, no unit', () => {
    const leshan = indicatorAt('leshan-2024-budget.txt', 'project-targets', 797); // = | 12 | 月
    const dachuan = indicatorAt('dachuan-2024-budget.txt', 'department-targets', 539); // ≤12月
    expect(leshan).toMatchObject({ kind: 'deadline', operator: '=', target: '12月', unit: null, text: '= 12 月' });
    expect(dachuan).toMatchObject({ kind: 'deadline', operator: '≤', target: '12月', unit: null, text: '≤12月' });
    expect(indicatorAt('leshan-2024-budget.txt', 'project-targets', 856)).toMatchObject({ operator: '≤', target: '4月', unit: null });
  });

  it('keeps the printed level names beside the catalogue ones', () => {
    expect(indicatorAt('leshan-2024-budget.txt', 'project-targets', 783)).toMatchObject({
      level1: '效益指标',
      level1Printed: '效益指标',
      level2: '可持续影响指标',
      level2Printed: '可持续发展指标',
    });
    expect(indicatorAt('jilin-2024-budget.txt', 'project-targets', 323)).toMatchObject({
      level1: '效益指标',
      level1Printed: '效果指标',
      level2: '社会效益指标',
      level2Printed: '社会效益',
    });
    expect(indicatorAt('dachuan-2024-budget.txt', 'department-targets', 543)).toMatchObject({ level2: '服务对象满意度指标', level2Printed: '满意度指标' });
  });
});
