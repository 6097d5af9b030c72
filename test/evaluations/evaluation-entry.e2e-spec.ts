import ExcelJS from 'exceljs';
import request from 'supertest';
import {
  addZhucunProject,
  createEvaluationTestApp,
  createZhucunProject,
  EvaluationTestApp,
  Headers,
  TestProject,
  ZHUCUN,
  zhucunEntries,
} from './support/evaluation-test-app';
import { binaryBody } from '../support/binary-body';

/** An evaluation entered through the API: scorecard as printed, exports, bad input, stale versions, scope. */
describe('self-evaluation entry (e2e)', () => {
  let t: EvaluationTestApp;
  let project: TestProject;
  let evaluator: Headers;
  let manager: Headers;
  let evaluationId: string;

  beforeAll(async () => {
    t = await createEvaluationTestApp();
    project = await createZhucunProject(t);
    evaluator = t.as('evaluator', { unitIds: [project.unitId], departmentIds: [project.departmentId] });
    manager = t.as('manager', { departmentIds: [project.departmentId] });
  });
  afterAll(() => t.close());

  async function xlsx(url: string, headers: Headers): Promise<ExcelJS.Workbook> {
    const response = await request(t.http)
      .get(url)
      .set(headers)
      .buffer(true)
      .parse(binaryBody)
      .expect(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as unknown as ExcelJS.Buffer);
    return workbook;
  }

  async function fresh() {
    return (await request(t.http).get(`/api/evaluations/${evaluationId}`).set(evaluator).expect(200)).body;
  }

  it("creates the evaluation from the project's indicators and budget, then opens the same one", async () => {
    const created = await request(t.http)
      .post(`/api/projects/${project.projectId}/evaluation`)
      .set(evaluator)
      .send({})
      .expect(201);
    evaluationId = created.body.id;
    expect(created.body).toMatchObject({
      projectName: ZHUCUN.name,
      year: 2023,
      state: 'draft',
      profile: { id: 'jinkouhe' },
      money: { total: { budget: '1.5', executed: null, rate: null } },
      goal: { expected: ZHUCUN.goal, actual: null },
      total: null,
    });
    expect(
      created.body.rows.map((r: { level3: string; target: string; weight: string }) => [
        r.level3,
        r.target,
        r.weight,
      ]),
    ).toEqual(ZHUCUN.rows.map((r) => [r.level3, r.value, r.weight]));
    const opened = await request(t.http)
      .post(`/api/projects/${project.projectId}/evaluation`)
      .set(manager)
      .send({})
      .expect(200);
    expect(opened.body.id).toBe(evaluationId);
  });

  it('scores 驻村工作队队员补助 91.4 with every row as printed', async () => {
    const { version } = await fresh();
    const response = await request(t.http)
      .patch(`/api/evaluations/${evaluationId}`)
      .set(evaluator)
      .send(zhucunEntries(version))
      .expect(200);
    const card = response.body;
    expect(card.version).toBe(version + 1);
    expect(card.money.total).toEqual({ budget: '1.5', executed: '0.85', rate: '56.7' });
    expect(card.executionRate).toMatchObject({
      rate: '56.7',
      weight: '10',
      score: '5.7',
      deductionReason: ZHUCUN.reason,
    });
    expect(card.rows.map((r: { score: string }) => r.score)).toEqual(ZHUCUN.rows.map((r) => r.printed));
    expect(card.total).toBe('91.4');
    expect(card.grade).toBe('优');
    expect(card.findings.map((f: { code: string }) => f.code)).not.toContain('REASON_MISSING');
    expect(card.findings.map((f: { code: string }) => f.code)).toContain('UNDER_EXECUTED');
  });

  it('records 全年执行数 as the year-end execution figure', async () => {
    const [record] = await t.dataSource.query(
      `SELECT executed, as_of::text AS "asOf", source FROM execution_record WHERE project_id = $1`,
      [project.projectId],
    );
    expect(record).toEqual({ executed: '0.85', asOf: '2023-12-31', source: 'self-evaluation' });
  });

  it('lists the department with its roll-up, clearly labelled', async () => {
    const response = await request(t.http)
      .get(`/api/evaluations?departmentId=${project.departmentId}&year=2023`)
      .set(manager)
      .expect(200);
    expect(response.body.items).toEqual([
      expect.objectContaining({
        id: evaluationId,
        total: '91.4',
        grade: '优',
        budget: '1.5',
        state: 'draft',
      }),
    ]);
    expect(response.body.rollup).toMatchObject({
      scored: 1,
      simpleMean: { value: '91.4', label: expect.stringContaining('简单平均') },
      budgetWeightedMean: { value: '91.4', label: expect.stringContaining('预算加权') },
    });
  });

  it('exports the official 自评表 layout as .xlsx', async () => {
    const workbook = await xlsx(`/api/evaluations/${evaluationId}/export`, evaluator);
    const sheet = workbook.worksheets[0];
    const text = (r: number, c: number) => sheet.getCell(r, c).text;
    expect([text(2, 1), text(2, 2), text(2, 6), text(2, 7)]).toEqual([
      '项目名称',
      ZHUCUN.name,
      '年度',
      '2023年',
    ]);
    expect([text(4, 3), text(4, 5), text(4, 7)]).toEqual(['全年预算数', '全年执行数', '预算执行率']);
    expect([text(5, 2), text(5, 3), text(5, 5), text(5, 7)]).toEqual([
      '年度资金总额',
      '1.5',
      '0.85',
      '56.7%',
    ]);
    expect(text(7, 7)).toBe('');
    expect(text(8, 1)).toBe('年度总体目标');
    expect([text(11, 1), text(11, 6), text(11, 7)]).toEqual(['得分', '100', '91.4']);
    expect([text(12, 1), text(12, 5), text(12, 7), text(12, 8)]).toEqual([
      '预算执行率(10分)',
      '56.7%',
      '5.7',
      ZHUCUN.reason,
    ]);
    const rows = ZHUCUN.rows.map(
      (_r, i) => [13 + i].map((r) => [text(r, 3), text(r, 4), text(r, 5), text(r, 6), text(r, 7)])[0],
    );
    expect(rows).toEqual(ZHUCUN.rows.map((r) => [r.level3, r.value, r.actual, r.weight, r.printed]));
    expect(sheet.pageSetup).toMatchObject({ fitToPage: true, printArea: 'A1:H19', orientation: 'landscape' });
    expect(sheet.getCell(13, 3).border?.left?.style).toBe('thin');
  });

  it('exports the scorecard as JSON too', async () => {
    const response = await request(t.http)
      .get(`/api/evaluations/${evaluationId}/export?format=json`)
      .set(evaluator)
      .expect(200);
    expect(response.body).toMatchObject({ id: evaluationId, total: '91.4', rows: expect.any(Array) });
  });

  it.each([
    [
      'an actual that does not parse',
      { rows: [{ position: 1, actual: '很好' }] },
      'SCORING.ACTUAL_UNPARSEABLE',
      2,
      '完成任务率',
    ],
    ['a negative amount', { amounts: { executed: '-0.85' } }, 'SCORING.NEGATIVE_AMOUNT', null, '预算执行率'],
    [
      'a negative actual',
      { rows: [{ position: 0, actual: '-1人' }] },
      'SCORING.NEGATIVE_AMOUNT',
      1,
      '驻村工作人员人数',
    ],
    [
      'a score outside its band',
      { rows: [{ position: 4, band: 'achieved', manualScore: '5' }] },
      'SCORING.SCORE_OUT_OF_BAND',
      5,
      '巩固脱贫成果,开展乡村振兴',
    ],
    [
      'a manual score above the weight',
      { rows: [{ position: 1, manualScore: '11', manualReason: '复核' }] },
      'SCORING.SCORE_ABOVE_WEIGHT',
      2,
      '完成任务率',
    ],
    [
      'a manual score without a reason',
      { rows: [{ position: 1, manualScore: '8' }] },
      'EVALUATION.MANUAL_REASON_REQUIRED',
      2,
      '完成任务率',
    ],
    [
      'a row that does not exist',
      { rows: [{ position: 7, actual: '1' }] },
      'EVALUATION.ROW_NOT_FOUND',
      8,
      null,
    ],
  ])('refuses %s with a 400 naming the row, saving nothing', async (_name, change, code, row, indicator) => {
    const before = await fresh();
    const response = await request(t.http)
      .patch(`/api/evaluations/${evaluationId}`)
      .set(evaluator)
      // The valid change rides along: it must not be saved either.
      .send({ version: before.version, goalActual: '已完成', ...change })
      .expect(400);
    expect(response.body).toMatchObject({ code, details: { row, indicator } });
    const after = await fresh();
    expect(after).toEqual(before);
  });

  it('saves weights that do not add up to 90, with a WEIGHT_SUM finding (only submit is refused)', async () => {
    const { version } = await fresh();
    const off = (
      await request(t.http)
        .patch(`/api/evaluations/${evaluationId}`)
        .set(evaluator)
        .send({ version, rows: [{ position: 0, weight: '25' }] })
        .expect(200)
    ).body;
    expect(off.rows[0]).toMatchObject({ weight: '25', score: '25' });
    expect(off.findings).toContainEqual(
      expect.objectContaining({ code: 'WEIGHT_SUM', weightSum: '95', expected: '90' }),
    );
    const back = (
      await request(t.http)
        .patch(`/api/evaluations/${evaluationId}`)
        .set(evaluator)
        .send({ version: off.version, rows: [{ position: 0, weight: '20' }] })
        .expect(200)
    ).body;
    expect(back.findings.map((f: { code: string }) => f.code)).not.toContain('WEIGHT_SUM');
    expect(back.total).toBe('91.4');
  });

  it('refuses a malformed amount with the field named', async () => {
    const { version } = await fresh();
    const response = await request(t.http)
      .patch(`/api/evaluations/${evaluationId}`)
      .set(evaluator)
      .send({ version, amounts: { executed: '0.8.5' }, rows: [{ position: 2, band: 'great' }] })
      .expect(400);
    expect(response.body.details.fields.map((f: { field: string }) => f.field)).toEqual([
      'amounts.executed',
      'rows[0].band',
    ]);
  });

  it('refuses a stale version with 409 and keeps the newer data', async () => {
    const { version } = await fresh();
    await request(t.http)
      .patch(`/api/evaluations/${evaluationId}`)
      .set(evaluator)
      .send({ version, rows: [{ position: 1, deductionReason: `${ZHUCUN.reason}（8个月）` }] })
      .expect(200);
    const stale = await request(t.http)
      .patch(`/api/evaluations/${evaluationId}`)
      .set(evaluator)
      .send({ version, rows: [{ position: 1, deductionReason: '旧的' }] })
      .expect(409);
    expect(stale.body).toMatchObject({
      code: 'EVALUATION.VERSION_CONFLICT',
      details: { version, currentVersion: version + 1 },
    });
    expect((await fresh()).rows[1].deductionReason).toBe(`${ZHUCUN.reason}（8个月）`);
  });

  it('keeps a manual score beside the computed one', async () => {
    const { version } = await fresh();
    const card = (
      await request(t.http)
        .patch(`/api/evaluations/${evaluationId}`)
        .set(manager)
        .send({ version, rows: [{ position: 1, manualScore: '6', manualReason: '按实际驻村月数折算' }] })
        .expect(200)
    ).body;
    expect(card.rows[1]).toMatchObject({
      score: '6',
      computedScore: '5.7',
      reason: 'manual',
      manualReason: '按实际驻村月数折算',
    });
    expect(card.total).toBe('91.7');
    const back = await request(t.http)
      .patch(`/api/evaluations/${evaluationId}`)
      .set(manager)
      .send({ version: card.version, rows: [{ position: 1, manualScore: null, manualReason: null }] })
      .expect(200);
    expect(back.body.total).toBe('91.4');
  });

  it('rescores with the standard profile: 完成任务率 5.8 instead of 5.7', async () => {
    const { version } = await fresh();
    const standard = await request(t.http)
      .put(`/api/evaluations/${evaluationId}/profile`)
      .set(manager)
      .send({ version, profile: 'standard' })
      .expect(200);
    expect(standard.body.profile.id).toBe('standard');
    expect(standard.body.rows[1].score).toBe('5.8');
    expect(standard.body.total).toBe('91.5');
    const back = await request(t.http)
      .put(`/api/evaluations/${evaluationId}/profile`)
      .set(manager)
      .send({ version: standard.body.version, profile: 'jinkouhe' })
      .expect(200);
    expect(back.body.total).toBe('91.4');
  });

  it("hides the evaluation from another unit's evaluator and another department's manager (404)", async () => {
    const outsiders = [
      t.as('evaluator', { unitIds: [project.otherUnitId], departmentIds: [project.departmentId] }),
      t.as('manager', { departmentIds: [] }),
    ];
    for (const headers of outsiders) {
      await request(t.http).get(`/api/evaluations/${evaluationId}`).set(headers).expect(404);
      await request(t.http)
        .patch(`/api/evaluations/${evaluationId}`)
        .set(headers)
        .send({ version: 1 })
        .expect(404);
      await request(t.http)
        .post(`/api/projects/${project.projectId}/evaluation`)
        .set(headers)
        .send({})
        .expect(404);
    }
    const list = await request(t.http)
      .get(`/api/evaluations?departmentId=${project.departmentId}&year=2023`)
      .set(outsiders[0])
      .expect(200);
    expect(list.body.items).toEqual([]);
  });
  it("exports the department's year: one printable worksheet per project", async () => {
    const second = await addZhucunProject(t, project, { name: `${ZHUCUN.name}（二）` });
    await request(t.http).post(`/api/projects/${second}/evaluation`).set(evaluator).send({}).expect(201);
    const url = `/api/evaluations/export?departmentId=${project.departmentId}&year=2023`;
    const workbook = await xlsx(url, manager);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([ZHUCUN.name, `${ZHUCUN.name}（二）`]);
    const [first, other] = workbook.worksheets;
    expect([first.getCell(2, 2).text, other.getCell(2, 2).text]).toEqual([
      ZHUCUN.name,
      `${ZHUCUN.name}（二）`,
    ]);
    // 得分: the first is scored, the second not yet (an empty cell, never 0).
    expect([first.getCell(11, 1).text, first.getCell(11, 7).value]).toEqual(['得分', 91.4]);
    expect([other.getCell(11, 1).text, other.getCell(11, 7).text]).toEqual(['得分', '']);
    for (const sheet of workbook.worksheets) {
      expect(sheet.pageSetup).toMatchObject({
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 1,
        printArea: 'A1:H19',
      });
      expect(sheet.headerFooter.oddFooter).toContain('第 &P 页');
    }
    // An evaluator of the other unit gets its own (none); another department's manager nothing at all.
    const sibling = t.as('evaluator', {
      unitIds: [project.otherUnitId],
      departmentIds: [project.departmentId],
    });
    expect((await xlsx(url, sibling)).worksheets).toHaveLength(0);
    await request(t.http)
      .get(url)
      .set(t.as('manager', { departmentIds: [] }))
      .expect(404);
  });
});
