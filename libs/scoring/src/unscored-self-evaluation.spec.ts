import { blankSeedText, SEED_001 as seed } from '../../../test/fixtures/handed-in-self-evaluation';
import { scoreSelfEvaluationDocument } from './self-evaluation-report';

const printed = scoreSelfEvaluationDocument(seed);

describe('seed 001 with its 得分 cells blanked, as handed in', () => {
  const blank = blankSeedText();

  it('blanks every printed score (the generator found the 8- and the 9-column tables)', () => {
    const report = scoreSelfEvaluationDocument(blank);
    expect(
      report.projects.flatMap((p) => p.rows.map((r) => r.printedScore)).filter((s) => s !== null),
    ).toEqual([]);
    expect(report.projects.map((p) => p.printedTotal)).toEqual(printed.projects.map(() => null));
    const nineColumns = seed
      .split('\n')
      .filter((l) => l.startsWith('一级指标\t'))
      .map((l) => l.split('\t').length);
    expect(new Set(nineColumns)).toEqual(new Set([8, 9]));
  });

  it('reads the same projects, rows and warnings as the printed document', () => {
    const report = scoreSelfEvaluationDocument(blank);
    expect(report.warnings).toEqual(printed.warnings);
    expect(report.projects.map((p) => [p.name, p.rows.length])).toEqual(
      printed.projects.map((p) => [p.name, p.rows.length]),
    );
  });

  it.each(printed.projects.filter((p) => p.printedTotal !== null).map((p) => [p.name, p] as const))(
    '%s scores exactly its printed total and rows',
    (name, original) => {
      const project = scoreSelfEvaluationDocument(blank).projects.find((p) => p.name === name)!;
      expect(project.total).toBe(original.printedTotal);
      expect(
        project.rows.map((r) => [r.level1, r.level2, r.level3, r.target, r.actual, r.weight, r.score]),
      ).toEqual(
        original.rows.map((r) => [
          r.level1,
          r.level2,
          r.level3,
          r.target,
          r.actual,
          r.weight,
          r.printedScore,
        ]),
      );
      expect([project.grade, project.findings]).toEqual([original.grade, original.findings]);
      expect(project.differences).toEqual([]);
    },
  );

  it('scores a partly blank document the same, comparing only the scores that are printed', () => {
    const partly = scoreSelfEvaluationDocument(blankSeedText((row) => row % 2 === 0));
    for (const [index, project] of partly.projects.entries()) {
      expect(project.total).toBe(printed.projects[index].total);
      expect(project.differences).toEqual([]);
    }
    const kept = partly.projects.flatMap((p) => p.rows.filter((r) => r.printedScore !== null));
    const all = printed.projects.flatMap((p) => p.rows.filter((r) => r.printedScore !== null));
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(all.length);
  });
});

describe('a 自评表 that cannot be scored', () => {
  it('is NO_INDICATORS naming the tables when no table has a readable indicator row', () => {
    const cut = [
      '部门预算项目支出绩效自评表（2024年度）',
      '项目名称:\t甲项目\t年度:\t2024年',
      '年度资金总额\t10\t8\t0.8',
      '',
      '项目名称:\t乙项目\t年度:\t2024年',
      '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值/权重\t得分\t扣分原因分析',
      '产出指标\t数量指标\t培训\t≥5次\t5次\t\t\t',
    ].join('\n');
    const report = scoreSelfEvaluationDocument(cut);
    const last = report.warnings[report.warnings.length - 1];
    expect(last).toMatchObject({ code: 'NO_INDICATORS', line: 2 });
    expect(last.message).toContain('"甲项目" at line 2, "乙项目" at line 5');
  });

  it('is NO_INDICATORS when the heading is followed by no table', () => {
    const report = scoreSelfEvaluationDocument('部门预算项目支出绩效自评表\n说明\n');
    expect(report.warnings).toEqual([expect.objectContaining({ code: 'NO_INDICATORS', line: 2 })]);
  });
});
