import request from 'supertest';
import { TestApp, createTestApp } from '../support/test-app';
import { authHeader } from '../support/auth';
import { countRows, createDepartment, Headers, importInto, seed, upload } from './support/target-api';
import { binaryBody } from '../support/binary-body';

/** An indicator as the API shows it (the fields the golden checks read). */
interface IndicatorView {
  id: string;
  sourceLine: number;
  level1: string;
  level2: string;
  level1Printed: string;
  level2Printed: string;
  level3: string;
  operator: string | null;
  targetKind: string;
  targetText: string;
  unit: string | null;
  weight: string | null;
  printedText: string;
}

/** One published row: source line, 三级指标, operator, target (指标值 without operator and unit), unit, weight, printed text. */
type Golden = [line: number, level3: string, operator: string | null, target: string, unit: string | null, weight: string | null, text: string];

/** The four published target tables through HTTP preview + commit into real PostgreSQL, and back out. */
describe('target imports (e2e)', () => {
  let t: TestApp;
  let admin: Headers;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await authHeader(t, { role: 'admin' });
  });
  afterAll(() => t.close());

  async function projectFigures(departmentId: string) {
    return t.dataSource.query(
      `SELECT p.name, p.budget, count(i.id)::int AS indicators, coalesce(sum(i.weight), 0)::text AS weights
         FROM project p LEFT JOIN indicator i ON i.project_id = p.id
        WHERE p.department_id = $1 GROUP BY p.id ORDER BY p.natural_key`,
      [departmentId],
    ) as Promise<{ name: string; budget: string; indicators: number; weights: string }[]>;
  }

  async function budgetSum(departmentId: string): Promise<string> {
    const [{ sum }] = await t.dataSource.query(
      'SELECT sum(budget)::text AS sum FROM project WHERE department_id = $1',
      [departmentId],
    );
    return sum;
  }

  /** The template export of a department's 2024 projects, through the API. */
  async function exportTemplate(departmentId: string, format: string): Promise<Buffer> {
    const exported = await request(t.http)
      .get(`/api/projects/export?format=${format}&departmentId=${departmentId}&year=2024`)
      .set(admin)
      .buffer(true)
      .parse(binaryBody)
      .expect(200);
    expect(exported.headers['content-disposition']).toContain(`.${format}`);
    return exported.body as Buffer;
  }

  /** A fresh department with a seed imported (preview + commit), and the report's project document. */
  async function importSeed(file: string) {
    const department = await createDepartment(t, admin, file);
    const { preview, commit } = await importInto(t, admin, department.id, file, seed(file));
    const document = preview.report.documents.find((d: { kind: string }) => d.kind === 'project-targets');
    return { department, preview, commit, document };
  }

  /** Every project indicator of a department as GET /api/indicators shows it, by source line. */
  async function projectIndicatorsByLine(departmentId: string): Promise<Map<number, IndicatorView>> {
    const byLine = new Map<number, IndicatorView>();
    for (let page = 1; ; page += 1) {
      const { body } = await request(t.http)
        .get(`/api/indicators?departmentId=${departmentId}&pageSize=200&page=${page}`)
        .set(admin)
        .expect(200);
      for (const indicator of body.items as IndicatorView[]) byLine.set(indicator.sourceLine, indicator);
      if (page * body.pageSize >= body.total) return byLine;
    }
  }

  /** The 部门整体 indicators of a department as GET /api/departments/:id/targets shows them, by source line. */
  async function departmentIndicatorsByLine(departmentId: string): Promise<Map<number, IndicatorView>> {
    const { body } = await request(t.http)
      .get(`/api/departments/${departmentId}/targets?year=2024`)
      .set(admin)
      .expect(200);
    const indicators = (body as { indicators: IndicatorView[] }[]).flatMap((target) => target.indicators);
    return new Map(indicators.map((indicator) => [indicator.sourceLine, indicator]));
  }

  /** Rows of a seed checked against what was published, read back through the API. */
  function expectGolden(byLine: Map<number, IndicatorView>, rows: Golden[]): void {
    const shown = rows.map(([line]) => {
      const i = byLine.get(line);
      return i && [i.sourceLine, i.level3, i.operator, i.targetText, i.unit, i.weight, i.printedText];
    });
    expect(shown).toEqual(rows);
  }

  describe('Leshan 2024 (公开表 6 and 7)', () => {
    let department: { id: string };
    let batchId: string;

    beforeAll(async () => {
      department = await createDepartment(t, admin, '乐山市医疗保障局');
    });

    it('previews: the report, and nothing written but the batch', async () => {
      const response = await upload(t, admin, 'leshan-2024-budget.txt', seed('leshan-2024-budget.txt'), {
        departmentId: department.id,
      }).expect(201);
      batchId = response.body.id;
      expect(response.body.status).toBe('previewed');
      const [projects, wide] = response.body.report.documents;
      expect(projects).toMatchObject({
        kind: 'project-targets',
        year: 2024,
        stated: { projects: 27, budget: '1672.81' },
      });
      expect(projects.totals).toMatchObject({ projects: 27, budget: '1672.83' });
      expect(projects.warnings).toEqual(
        expect.arrayContaining([expect.objectContaining({ code: 'STATED_TOTAL_MISMATCH' })]),
      );
      expect(wide.kind).toBe('department-targets');
      expect(await countRows(t, department.id)).toEqual({
        projects: 0,
        indicators: 0,
        units: 0,
        departmentTargets: 0,
      });
    });

    it('commits in one go: 27 projects, 1672.83 in items, weights of 90 per project', async () => {
      const response = await request(t.http).post(`/api/imports/${batchId}/commit`).set(admin).expect(200);
      expect(response.body.status).toBe('committed');
      expect(response.body.changes.summary).toEqual({ created: 27, updated: 0, unchanged: 0, missing: 0 });
      const figures = await projectFigures(department.id);
      expect(figures).toHaveLength(27);
      expect(await budgetSum(department.id)).toBe('1672.83');
      expect(figures.filter((p) => p.weights !== '90.00')).toEqual([]);
      const rows = await countRows(t, department.id);
      expect(rows).toMatchObject({ projects: 27, units: 3, departmentTargets: 1 });
      expect(rows.indicators).toBe(figures.reduce((n, p) => n + p.indicators, 0));
    });

    it('reads sample rows back through the API as published (before any correction below)', async () => {
      const rows = await projectIndicatorsByLine(department.id);
      expectGolden(rows, [
        [766, '科目调整次数', '≤', '5', '次', '20', '≤ 5 次'],
        [783, '对健全医疗保障制度体系的作用', '定性', '成效明显', null, '6', '定性 成效明显'],
        // A deadline: its 度量单位 月 is part of the date, so no unit beside it.
        [797, '医保政策知晓度覆盖完成时间', '=', '12月', null, '5', '= 12 月'],
        [856, '审计医保记账凭证的时间', '≤', '4月', null, '20', '≤ 4 月'],
        [878, '短信送达数量', '=', '72', '万条', '10', '= 72 万 条'],
        [882, '参保群众对医保线上公共服务的满意度', '≥', '90', '%', '10', '≥ 90 %'],
      ]);
      // 可持续发展指标 is read as the catalogue's 可持续影响指标; the printed name is kept beside it.
      const levels = await request(t.http).get(`/api/indicators/${rows.get(783)!.id}`).set(admin).expect(200);
      expect(levels.body).toMatchObject({
        level1: '效益指标',
        level1Printed: '效益指标',
        level2: '可持续影响指标',
        level2Printed: '可持续发展指标',
      });
      expectGolden(await departmentIndicatorsByLine(department.id), [
        [937, '审计医保基金记账凭证完成率', '≥', '90', '%', '5', '≥ 90 %'],
        [949, '困难群众医疗费用负担减轻程度', '定性', '有效减轻', null, '5', '定性 有效减轻'],
      ]);
    });

    it('keeps each indicator as printed, in printed order', async () => {
      const [project] = await t.dataSource.query(
        "SELECT id FROM project WHERE department_id = $1 AND name = '日常公用经费'",
        [department.id],
      );
      const response = await request(t.http).get(`/api/projects/${project.id}`).set(admin).expect(200);
      expect(response.body).toMatchObject({
        code: '51000021Y000000011490',
        budget: '53.2',
        unit: { code: '315001' },
      });
      expect(
        response.body.indicators.map((i: Record<string, unknown>) => [
          i.position,
          i.level3,
          i.operator,
          i.targetAmount,
          i.unit,
          i.weight,
          i.direction,
        ]),
      ).toEqual([
        [0, '科目调整次数', '≤', '5', '次', '20', 'reverse'],
        [1, expect.stringContaining('预算编制准确率'), '≤', '5', '%', '30', 'reverse'],
        [2, expect.stringContaining('三公经费'), '≤', '100', '%', '20', 'reverse'],
        [3, '运转保障率', '=', '100', '%', '20', 'positive'],
      ]);
    });

    it('reads the department-wide targets back', async () => {
      const response = await request(t.http)
        .get(`/api/departments/${department.id}/targets?year=2024`)
        .set(admin)
        .expect(200);
      expect(response.body).toHaveLength(1);
      expect(response.body[0]).toMatchObject({
        fiscalYear: 2024,
        budget: '1672.81',
        fiscalBudget: '1672.81',
      });
      expect(response.body[0].tasks.length).toBe(9);
      expect(response.body[0].indicators[0]).toMatchObject({
        level3: '短信送达数量',
        operator: '=',
        targetAmount: '72',
        unit: '万条',
        weight: '2',
      });
    });

    it('refuses to commit the same batch twice (409) and writes nothing more', async () => {
      const before = await countRows(t, department.id);
      const response = await request(t.http).post(`/api/imports/${batchId}/commit`).set(admin).expect(409);
      expect(response.body.code).toBe('IMPORT.ALREADY_COMMITTED');
      expect(await countRows(t, department.id)).toEqual(before);
    });

    it('imports the same document again: unchanged, versions untouched', async () => {
      const versions = await t.dataSource.query(
        'SELECT sum(version)::int AS v FROM project WHERE department_id = $1',
        [department.id],
      );
      const { commit } = await importInto(
        t,
        admin,
        department.id,
        'leshan-2024-budget.txt',
        seed('leshan-2024-budget.txt'),
      );
      expect(commit.changes.unchanged).toBe(true);
      expect(commit.changes.summary).toEqual({ created: 0, updated: 0, unchanged: 27, missing: 0 });
      expect(
        await t.dataSource.query('SELECT sum(version)::int AS v FROM project WHERE department_id = $1', [
          department.id,
        ]),
      ).toEqual(versions);
    });

    it('imports a corrected document: updates in place and lists what changed', async () => {
      const corrected = seed('leshan-2024-budget.txt')
        .toString('utf8')
        .replace('490-日常公用经费\t53.20\t', '490-日常公用经费\t54.20\t')
        .replace('科目调整次数\t≤\t5\t次\t20', '科目调整次数\t≤\t4\t次\t20');
      const { commit } = await importInto(
        t,
        admin,
        department.id,
        'leshan-corrected.txt',
        Buffer.from(corrected, 'utf8'),
      );
      expect(commit.changes.summary).toEqual({ created: 0, updated: 1, unchanged: 26, missing: 0 });
      const [changed] = commit.changes.documents[0].projects.filter(
        (p: { status: string }) => p.status === 'updated',
      );
      expect(changed).toMatchObject({
        name: '日常公用经费',
        changedFields: ['budget', 'indicators'],
        indicators: { before: 4, after: 4 },
      });
      const project = await request(t.http).get(`/api/projects/${changed.projectId}`).set(admin).expect(200);
      expect(project.body).toMatchObject({ budget: '54.2', version: 2 });
      expect(project.body.indicators[0]).toMatchObject({ level3: '科目调整次数', targetAmount: '4' });
      expect(await budgetSum(department.id)).toBe('1673.83');
    });

    it.each(['xlsx', 'csv'])('exports the template as %s, which imports back unchanged', async (format) => {
      const { preview, commit } = await importInto(
        t,
        admin,
        department.id,
        `export.${format}`,
        await exportTemplate(department.id, format),
      );
      expect(preview.report.documents[0].totals).toMatchObject({ projects: 27, budget: '1673.83' });
      expect(commit.changes.summary).toEqual({ created: 0, updated: 0, unchanged: 27, missing: 0 });
    });
  });

  describe('Dachuan 2024 (12 columns, 部门整体 without weights)', () => {
    let imported: Awaited<ReturnType<typeof importSeed>>;
    beforeAll(async () => {
      imported = await importSeed('dachuan-2024-budget.txt');
    });

    it('imports 6 projects, 3541.72 stated and summed, weights of 90 per project', async () => {
      const { department, document, commit } = imported;
      expect(document.stated.budget).toBe('3541.72');
      expect(document.totals).toEqual({ projects: 6, indicators: 42, budget: '3541.72' });
      expect(commit.changes.summary).toMatchObject({ created: 6, updated: 0, unchanged: 0 });
      const figures = await projectFigures(department.id);
      expect(figures).toHaveLength(6);
      expect(await budgetSum(department.id)).toBe('3541.72');
      expect(figures.filter((p) => p.weights !== '90.00')).toEqual([]);
    });

    it('reads sample rows back through the API as published', async () => {
      const { department } = imported;
      // 定性 rows whose weight slid into the 度量单位 column: the weight is read as the weight, no unit.
      expectGolden(await projectIndicatorsByLine(department.id), [
        [461, '网络维护管理机制健全', '定性', '优', null, '10', '定性 优'],
        [468, '档案管理制度健全性', '定性', '优', null, '10', '定性 优'],
        [488, '有效减轻城乡困难群众医疗费用负担', '定性', '优', null, '10', '定性 优'],
      ]);
      // 部门整体: operator and unit folded into the value, no weights.
      const wide = await departmentIndicatorsByLine(department.id);
      expectGolden(wide, [
        [520, '2024年单位在职人员数量', '=', '41', '人', null, '=41人'],
        [523, '医保专线安装点位数量', '≥', '300', '个', null, '≥300个'],
        [539, '全年各项工作任务完成时限', '≤', '12月', null, null, '≤12月'],
        [545, '2024年部门预算本级财政预算控制数', '≤', '4187.9', '万元', null, '≤4187.90万元'],
      ]);
      expect(wide.get(543)).toMatchObject({ level2: '服务对象满意度指标', level2Printed: '满意度指标' });
    });
  });

  describe('Jilin 2024 (指标解释, operators folded in, one lost cell)', () => {
    let imported: Awaited<ReturnType<typeof importSeed>>;
    beforeAll(async () => {
      imported = await importSeed('jilin-2024-budget.txt');
    });

    it('imports 10 projects: 1251.51 summed against 1251.49 stated, both kept and warned about', async () => {
      const { department, document, commit } = imported;
      expect(commit.changes.summary).toMatchObject({ created: 10, updated: 0, unchanged: 0 });
      expect(document.stated).toMatchObject({ projects: 10, budget: '1251.49' });
      expect(document.totals).toEqual({ projects: 10, indicators: 45, budget: '1251.51' });
      expect(await budgetSum(department.id)).toBe('1251.51');
      expect(document.warnings.filter((w: { code: string }) => w.code === 'STATED_TOTAL_MISMATCH')).toEqual([
        expect.objectContaining({ message: expect.stringMatching(/states 1251\.49 万元 .* add up to 1251\.51 万元/) }),
      ]);
    });

    it('has exactly one project off 90: 综合事务管理…本级 at 70, the weight of 人均培训成本 (line 317) lost in the PDF', async () => {
      const { department, document } = imported;
      const off = (await projectFigures(department.id)).filter((p) => p.weights !== '90.00');
      expect(off).toEqual([
        expect.objectContaining({
          name: expect.stringMatching(/^综合事务管理.*本级$/),
          weights: '70.00',
        }),
      ]);
      const lost = document.warnings.filter((w: { code: string; line: number }) =>
        ['WEIGHT_MISSING', 'VALUE_MISSING', 'WEIGHT_SUM'].includes(w.code),
      );
      expect(lost.map((w: { code: string; line: number }) => [w.code, w.line])).toEqual([
        ['VALUE_MISSING', 317],
        ['WEIGHT_MISSING', 317],
        ['WEIGHT_SUM', 317],
      ]);
      expect(lost[2].message).toContain('weights add up to 70 with 1 weight(s) missing');
    });

    it('reads sample rows back through the API as published', async () => {
      const rows = await projectIndicatorsByLine(imported.department.id);
      expectGolden(rows, [
        [306, '年度内员额人员人数', '≤', '3', '人', '50', '<=3人'],
        [307, '员额人员工资发放及时率', '定性', '每月发放', null, '40', '每月发放'],
        [309, '开展业务培训', '≥', '2', '期', '5', '>=2期'],
        // Lost value and weight: nothing invented, no operator.
        [317, '人均培训成本', null, '', null, null, ''],
        [322, '档案整理归档时限', '≤', '8月底前', null, '5', '8月底前'],
        [323, '依法行政水平', '定性', '有所提升', null, '20', '有所提升'],
        [340, '省直特殊人员(离休二等乙)医保服务投诉率', '≥', '0', '%', '40', '>=0百分比'],
      ]);
      expect(rows.get(317)!.targetKind).toBe('empty');
      expect(rows.get(323)).toMatchObject({
        level1: '效益指标',
        level1Printed: '效果指标',
        level2: '社会效益指标',
        level2Printed: '社会效益',
      });
    });

    it('keeps a printed level name through an edit of other cells, and drops it when the level is retyped', async () => {
      const indicator = (await projectIndicatorsByLine(imported.department.id)).get(323)! as IndicatorView & { projectId: string };
      const version = async () =>
        (await request(t.http).get(`/api/projects/${indicator.projectId}`).set(admin).expect(200)).body.version;
      const edit = async (cells: Record<string, string>) =>
        (
          await request(t.http)
            .patch(`/api/indicators/${indicator.id}`)
            .set(admin)
            .send({ version: await version(), ...cells })
            .expect(200)
        ).body;
      expect(await edit({ weight: '25' })).toMatchObject({ weight: '25', level1Printed: '效果指标', level2Printed: '社会效益' });
      expect(await edit({ level2: '经济效益指标' })).toMatchObject({
        level1Printed: '效果指标',
        level2: '经济效益指标',
        level2Printed: '经济效益指标',
      });
    });
  });

  describe('Lanshan 2024 (one form per project, 主管部门/实施单位, no weights)', () => {
    let imported: Awaited<ReturnType<typeof importSeed>>;
    beforeAll(async () => {
      imported = await importSeed('lanshan-2024-budget.txt');
    });

    async function projectUnits(departmentId: string) {
      const { body } = await request(t.http)
        .get(`/api/projects?departmentId=${departmentId}&pageSize=200`)
        .set(admin)
        .expect(200);
      return (body.items as { name: string; competentDepartment: string | null; implementingUnit: string | null }[])
        .map((p) => [p.name, p.competentDepartment, p.implementingUnit])
        .sort();
    }

    it('imports 6 projects, 10625.00 stated and summed, no weights', async () => {
      const { department, document, commit } = imported;
      expect(document.stated.budget).toBe('10625.00');
      expect(commit.changes.summary).toMatchObject({ created: 6, updated: 0, unchanged: 0 });
      const figures = await projectFigures(department.id);
      expect(figures).toHaveLength(6);
      expect(await budgetSum(department.id)).toBe('10625.00');
      expect(document.totals.budget).toBe('10625.00');
      expect(figures.every((p) => p.weights === '0')).toBe(true);
    });

    it('reads sample rows back through the API as published', async () => {
      expectGolden(await projectIndicatorsByLine(imported.department.id), [
        [424, '区级财政补助标准', '=', '67', '元/人', null, '=67元/人'],
        [425, '参保人数', '≥', '930000', '人', null, '≥930000人'],
        [431, '当年各级财政补助资金到位率', '≥', '100', '%', null, '100%'],
        [432, '中央及各级财政补助资金到位时间', '≤', '7月底之前', null, null, '7月底之前'],
        [470, '城乡困难居民医疗救助人均保障标准', '≥', '2000', null, null, '≥2000'],
        [476, '补助资金到位率', null, '', null, null, ''],
        [509, '2023年人均医疗费支出', '≥', '2.32', '万元/人/年', null, '≥2.32万元/人/年'],
        [510, '财政代缴机关事业单位离休人员人数', '=', '69', '人', null, '=69人(据实确定)'],
      ]);
    });

    it.each(['xlsx', 'csv'])('exports the template as %s, which imports back with zero changes', async (format) => {
      const { department } = imported;
      const before = await projectUnits(department.id);
      expect(before.every(([, competent, implementing]) => competent !== null && implementing !== null)).toBe(true);
      const { preview, commit } = await importInto(
        t,
        admin,
        department.id,
        `export.${format}`,
        await exportTemplate(department.id, format),
      );
      expect(preview.report.documents[0].totals).toMatchObject({ projects: 6, budget: '10625.00' });
      expect(commit.changes.unchanged).toBe(true);
      expect(commit.changes.summary).toEqual({ created: 0, updated: 0, unchanged: 6, missing: 0 });
      expect(await projectUnits(department.id)).toEqual(before);
    });
  });
});
