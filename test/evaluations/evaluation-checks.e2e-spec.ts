import request from 'supertest';
import {
  addZhucunProject,
  createEvaluationTestApp,
  createZhucunProject,
  EvaluationTestApp,
  Headers,
  seed,
  TestProject,
  uniqueSuffix,
  ZHUCUN,
  zhucunEntries,
} from './support/evaluation-test-app';

interface Finding {
  code: string;
  indicator?: string;
  row?: number;
  weightSum?: string;
  expected?: string;
}

const codes = (findings: Finding[]) => findings.map((f) => f.code);

/**
 * What an evaluator may not decide (the zero-budget 预算执行率 score), and what becomes a blocking finding
 * instead of a refusal: weights that are missing or do not add up to 90.
 */
describe('self-evaluation checks (e2e)', () => {
  let t: EvaluationTestApp;
  let project: TestProject;
  let evaluator: Headers;
  let manager: Headers;

  beforeAll(async () => {
    t = await createEvaluationTestApp();
    project = await createZhucunProject(t);
    evaluator = t.as('evaluator', { unitIds: [project.unitId], departmentIds: [project.departmentId] });
    manager = t.as('manager', { departmentIds: [project.departmentId] });
  });
  afterAll(() => t.close());

  const open = async (projectId: string) =>
    (await request(t.http).post(`/api/projects/${projectId}/evaluation`).set(evaluator).send({}).expect(201))
      .body;
  const card = async (id: string) =>
    (await request(t.http).get(`/api/evaluations/${id}`).set(evaluator).expect(200)).body;
  const patch = (id: string, headers: Headers, body: object) =>
    request(t.http).patch(`/api/evaluations/${id}`).set(headers).send(body);
  const submit = async (id: string) =>
    request(t.http)
      .post(`/api/evaluations/${id}/submit`)
      .set(evaluator)
      .send({ version: (await card(id)).version });

  describe('the reviewer decision on a zero budget', () => {
    let id: string;
    const decision = { executionManualScore: '10', executionManualReason: '上年结转资金，全额执行' };

    beforeAll(async () => {
      const opened = await open(await addZhucunProject(t, project, { name: '零预算项目', budget: '0' }));
      id = opened.id;
      const entries = zhucunEntries(opened.version);
      await patch(id, evaluator, { ...entries, amounts: { executed: '0' } }).expect(200);
    });

    it('leaves 预算执行率 undecided (NO_BUDGET) and refuses to submit', async () => {
      const undecided = await card(id);
      expect(undecided).toMatchObject({ executionRate: { rate: null, score: null }, total: null });
      expect(codes(undecided.findings)).toContain('NO_BUDGET');
      expect((await submit(id)).status).toBe(422);
    });

    it('refuses an evaluator who sets it: 403 EVALUATION.REVIEWER_DECISION, nothing saved, audited', async () => {
      const before = await card(id);
      for (const body of [decision, { executionManualScore: '10' }, { executionManualReason: '自己认定' }]) {
        const refused = await patch(id, evaluator, {
          version: before.version,
          goalActual: '改',
          ...body,
        }).expect(403);
        expect(refused.body).toMatchObject({
          code: 'EVALUATION.REVIEWER_DECISION',
          message: expect.stringContaining('主管或管理员'),
          details: { id },
        });
      }
      expect(await card(id)).toEqual(before);
      const [{ failures }] = await t.dataSource.query(
        `SELECT count(*)::int AS failures FROM audit_entry
          WHERE object_id = $1 AND outcome = 'failure' AND detail = 'EVALUATION.REVIEWER_DECISION'`,
        [id],
      );
      expect(failures).toBe(3);
    });

    it('lets the manager of the department decide; the evaluator then submits', async () => {
      const decided = (
        await patch(id, manager, { version: (await card(id)).version, ...decision }).expect(200)
      ).body;
      expect(decided.executionRate).toMatchObject({
        score: '10',
        manualScore: '10',
        manualReason: decision.executionManualReason,
      });
      expect(decided.findings).toContainEqual(expect.objectContaining({ code: 'NO_BUDGET', decided: true }));
      expect(decided.total).toBe('95.7');
      // Sending the decision back unchanged (the whole form) is not a change of it.
      await patch(id, evaluator, { version: decided.version, goalActual: '已完成', ...decision }).expect(200);
      const cleared = await patch(id, evaluator, {
        version: decided.version + 1,
        executionManualScore: null,
        executionManualReason: null,
      }).expect(403);
      expect(cleared.body.code).toBe('EVALUATION.REVIEWER_DECISION');
      expect((await submit(id)).status).toBe(200);
    });

    it("hides it from another department's manager (404)", async () => {
      await patch(id, t.as('manager', { departmentIds: [] }), { version: 1, ...decision }).expect(404);
    });
  });

  describe('weights', () => {
    it('creates the evaluation of a project whose weights add up to 100, with WEIGHT_SUM blocking submit', async () => {
      // The importer accepts 100 (some forms); scoring needs 90 plus 10 for 预算执行率.
      const weights = ['20', '10', '10', '20', '10', '10', '20'];
      const opened = await open(await addZhucunProject(t, project, { name: '百分制项目', weights }));
      expect(opened.rows.map((r: { weight: string }) => r.weight)).toEqual(weights);
      expect(opened.findings).toContainEqual(
        expect.objectContaining({ code: 'WEIGHT_SUM', weightSum: '100', expected: '90' }),
      );
      await patch(opened.id, evaluator, zhucunEntries(opened.version)).expect(200);
      const refused = await submit(opened.id);
      expect(refused.status).toBe(422);
      expect(codes(refused.body.details.findings)).toEqual(['WEIGHT_SUM']);

      // Weights belong to the targets: the manager corrects one, with a reason.
      const fixed = await patch(opened.id, manager, {
        version: (await card(opened.id)).version,
        rows: [{ position: 6, weight: '10', weightReason: '按百分制录入，折算为90分制' }],
      }).expect(200);
      expect(codes(fixed.body.findings)).not.toContain('WEIGHT_SUM');
      expect(fixed.body.total).toBe('91.4');
      expect((await submit(opened.id)).status).toBe(200);
    });

    it('creates the evaluation of a project that lost a weight: that row unscored, WEIGHT_MISSING', async () => {
      const weights = ZHUCUN.rows.map((r, i) => (i === 1 ? null : r.weight));
      const opened = await open(await addZhucunProject(t, project, { name: '缺权重项目', weights }));
      await patch(opened.id, evaluator, zhucunEntries(opened.version)).expect(200);
      const entered = await card(opened.id);
      expect(entered.rows[1]).toMatchObject({
        level3: '完成任务率',
        weight: null,
        score: null,
        reason: 'needs-decision',
      });
      expect(entered).toMatchObject({ total: null, partialTotal: '85.7' });
      expect(
        entered.findings
          .filter((f: Finding) => f.code.startsWith('WEIGHT'))
          .map((f: Finding) => [f.code, f.row ?? null]),
      ).toEqual([
        ['WEIGHT_SUM', null],
        ['WEIGHT_MISSING', 1],
      ]);
      const refused = await submit(opened.id);
      expect(refused.status).toBe(422);
      expect(codes(refused.body.details.findings).sort()).toEqual(['WEIGHT_MISSING', 'WEIGHT_SUM']);

      const fixed = await patch(opened.id, manager, {
        version: entered.version,
        rows: [{ position: 1, weight: '10', weightReason: '公开文件分值缺失，按批复补录' }],
      }).expect(200);
      expect(fixed.body.rows[1]).toMatchObject({
        weight: '10',
        weightReason: '公开文件分值缺失，按批复补录',
        score: '5.7',
      });
      expect(fixed.body.total).toBe('91.4');
    });

    it('creates the evaluations of a Lanshan project (no weights published) and exports them', async () => {
      const admin = t.as('admin');
      const suffix = uniqueSuffix();
      const department = (
        await request(t.http)
          .post('/api/departments')
          .set(admin)
          .send({ code: `lanshan-${suffix}`, name: `临沂市兰山区医疗保障局-${suffix}` })
          .expect(201)
      ).body;
      const preview = await request(t.http)
        .post('/api/imports')
        .set(admin)
        .field('departmentId', department.id)
        .attach('file', seed('lanshan-2024-budget.txt'), 'lanshan-2024-budget.txt')
        .expect(201);
      await request(t.http).post(`/api/imports/${preview.body.id}/commit`).set(admin).expect(200);
      const [first] = await t.dataSource.query(
        `SELECT id FROM project WHERE department_id = $1 ORDER BY natural_key LIMIT 1`,
        [department.id],
      );
      const opened = (
        await request(t.http).post(`/api/projects/${first.id}/evaluation`).set(admin).send({}).expect(201)
      ).body;
      expect(opened.rows.length).toBeGreaterThan(0);
      expect(
        opened.rows.every((r: { weight: string | null; score: string | null }) => r.weight === null),
      ).toBe(true);
      const missing = opened.findings.filter((f: Finding) => f.code === 'WEIGHT_MISSING');
      expect(missing.map((f: Finding) => f.row)).toEqual(opened.rows.map((_r: unknown, i: number) => i));
      expect(opened.findings).toContainEqual(expect.objectContaining({ code: 'WEIGHT_SUM', weightSum: '0' }));
      expect(opened.total).toBeNull();
      // The scorecard still prints: an unweighted row has empty 分值 and 得分 cells.
      await request(t.http).get(`/api/evaluations/${opened.id}/export`).set(admin).expect(200);
    });
  });
});
