import request from 'supertest';
import { JINKOUHE_2023_REASON_MISSING } from '../fixtures/jinkouhe-2023-expected';
import {
  createEvaluationTestApp,
  EvaluationTestApp,
  Headers,
  seed,
  uniqueSuffix,
} from './support/evaluation-test-app';

const FILE = 'jinkouhe-2023-final-accounts.txt';

/** The published Jinkouhe 2023 自评表 imported as historical evaluations: printed scores kept, Jixiao's beside them. */
describe('historical self-evaluation import (e2e)', () => {
  let t: EvaluationTestApp;
  let admin: Headers;

  beforeAll(async () => {
    t = await createEvaluationTestApp();
    admin = t.as('admin');
  });
  afterAll(() => t.close());

  async function department(): Promise<string> {
    const suffix = uniqueSuffix();
    const response = await request(t.http)
      .post('/api/departments')
      .set(admin)
      .send({ code: `h7-${suffix}`, name: `乐山市金口河区医疗保障局-${suffix}` })
      .expect(201);
    return response.body.id;
  }

  function upload(headers: Headers, fields: Record<string, string>, bytes = seed(FILE)) {
    let req = request(t.http).post('/api/evaluations/imports').set(headers);
    for (const [name, value] of Object.entries(fields)) req = req.field(name, value);
    return req.attach('file', bytes, FILE);
  }

  it('keeps every printed score and finds no difference under the jinkouhe profile', async () => {
    const departmentId = await department();
    const response = await upload(t.as('manager', { departmentIds: [departmentId] }), {
      departmentId,
    }).expect(201);
    const { evaluations, warnings, differenceCount } = response.body;
    const scored = evaluations.filter((e: { printedTotal: string | null }) => e.printedTotal !== null);
    expect(scored.map((e: { printedTotal: string; total: string }) => [e.printedTotal, e.total])).toEqual(
      ['91.4', '60', '93.6', '92', '80', '80', '100'].map((total) => [total, total]),
    );
    expect(differenceCount).toBe(0);
    // The cut-off first table comes in as budget and execution only; the twice-printed one once.
    expect(evaluations).toHaveLength(8);
    expect(evaluations[0]).toMatchObject({
      projectName: '城乡居民医疗保险区财政补助',
      budget: '140',
      executed: '135.22',
      total: null,
    });
    expect(warnings.map((w: { code: string }) => w.code)).toEqual(
      expect.arrayContaining(['TABLE_CUT_OFF', 'TABLE_PRINTED_TWICE']),
    );

    const list = await request(t.http)
      .get(`/api/evaluations?departmentId=${departmentId}&year=2023`)
      .set(admin)
      .expect(200);
    expect(list.body.items).toHaveLength(8);
    expect(list.body.rollup).toMatchObject({
      scored: 7,
      simpleMean: { value: '85.29' },
      budgetWeightedMean: { value: '86.29' },
    });

    const zhucun = evaluations.find((e: { projectName: string }) => e.projectName === '驻村工作队队员补助');
    const card = (await request(t.http).get(`/api/evaluations/${zhucun.id}`).set(admin).expect(200)).body;
    expect(card).toMatchObject({
      source: 'published',
      state: 'approved',
      total: '91.4',
      printedTotal: '91.4',
      sourceFile: FILE,
    });
    expect(card.rows.map((r: { score: string; printedScore: string }) => [r.printedScore, r.score])).toEqual(
      ['20', '5.7', '10', '20', '10', '10', '10'].map((s) => [s, s]),
    );
    expect(card.executionRate).toMatchObject({ printedScore: '5.7', score: '5.7' });
    // Rows that lost points without 扣分原因分析 are findings on the stored evaluations: exactly those the
    // pure report finds (libs/scoring/src/self-evaluation-report.spec.ts).
    const unexplained: { name: string; indicator: string; score: string; weight: string }[] =
      await t.dataSource.query(
        `SELECT e.project_name AS name, f->>'indicator' AS indicator, f->>'score' AS score, f->>'weight' AS weight
           FROM self_evaluation e, jsonb_array_elements(e.findings) f
          WHERE e.department_id = $1 AND f->>'code' = 'REASON_MISSING'`,
        [departmentId],
      );
    expect(unexplained.map((u) => [u.name, u.indicator, u.score, u.weight]).sort()).toEqual(
      [...JINKOUHE_2023_REASON_MISSING].sort(),
    );
  });

  it('reports every difference under the standard profile (完成任务率 5.8 vs 5.7)', async () => {
    const departmentId = await department();
    const response = await upload(admin, { departmentId, profile: 'standard' }).expect(201);
    const zhucun = response.body.evaluations.find(
      (e: { projectName: string }) => e.projectName === '驻村工作队队员补助',
    );
    expect(zhucun.differences).toEqual([
      { row: 2, indicator: '完成任务率', printed: '5.7', computed: '5.8' },
      { row: null, indicator: '得分', printed: '91.4', computed: '91.5' },
    ]);
    expect(response.body.differenceCount).toBeGreaterThanOrEqual(2);
  });

  it('replaces the historical evaluations on a re-import, and refuses edits to them', async () => {
    const departmentId = await department();
    const first = await upload(admin, { departmentId }).expect(201);
    const again = await upload(admin, { departmentId }).expect(201);
    const list = await request(t.http)
      .get(`/api/evaluations?departmentId=${departmentId}&year=2023`)
      .set(admin)
      .expect(200);
    expect(list.body.items.map((i: { id: string }) => i.id).sort()).toEqual(
      again.body.evaluations.map((e: { id: string }) => e.id).sort(),
    );
    const old = first.body.evaluations[1].id;
    await request(t.http).get(`/api/evaluations/${old}`).set(admin).expect(404);
    const current = again.body.evaluations[1];
    const edit = await request(t.http)
      .patch(`/api/evaluations/${current.id}`)
      .set(admin)
      .send({ version: 1, goalActual: '改' })
      .expect(409);
    expect(edit.body.code).toBe('EVALUATION.LOCKED');
  });

  it.each([
    [
      'a file with no 自评表',
      Buffer.from('乐山市医疗保障局 2024 年部门预算\n一、部门职责\n'),
      'EVALUATION_IMPORT.NO_SELF_EVALUATION',
    ],
    ['an empty file', Buffer.alloc(0), 'EVALUATION_IMPORT.EMPTY_FILE'],
  ])('refuses %s with 400', async (_name, bytes, code) => {
    const departmentId = await department();
    const response = await upload(admin, { departmentId }, bytes).expect(400);
    expect(response.body.code).toBe(code);
  });

  it("refuses another department's manager (404) and evaluators (403)", async () => {
    const departmentId = await department();
    await upload(t.as('manager', { departmentIds: [] }), { departmentId }).expect(404);
    await upload(t.as('evaluator', { departmentIds: [departmentId] }), { departmentId }).expect(403);
  });
});
