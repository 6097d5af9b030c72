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
});
