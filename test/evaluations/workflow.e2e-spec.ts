import request from 'supertest';
import {
  createEvaluationTestApp,
  createZhucunProject,
  EvaluationTestApp,
  Headers,
  TestProject,
  ZHUCUN,
  zhucunEntries,
} from './support/evaluation-test-app';

interface AuditRow {
  action: string;
  outcome: string;
  username: string;
  detail: string | null;
}

/** Issue 5 on self-evaluations: submit, return with a comment, fix, resubmit, approve, locked, reopen; concurrency. */
describe('self-evaluation review workflow (e2e)', () => {
  let t: EvaluationTestApp;
  let project: TestProject;
  let evaluator: Headers;
  let manager: Headers;
  let id: string;

  beforeAll(async () => {
    t = await createEvaluationTestApp();
    project = await createZhucunProject(t);
    evaluator = t.as('evaluator', { unitIds: [project.unitId], departmentIds: [project.departmentId] });
    manager = t.as('manager', { departmentIds: [project.departmentId] });
    id = (
      await request(t.http)
        .post(`/api/projects/${project.projectId}/evaluation`)
        .set(evaluator)
        .send({})
        .expect(201)
    ).body.id;
  });
  afterAll(() => t.close());

  const version = async () =>
    (await request(t.http).get(`/api/evaluations/${id}`).set(manager).expect(200)).body.version as number;
  const step = (headers: Headers, action: string, body: Record<string, unknown>) =>
    request(t.http).post(`/api/evaluations/${id}/${action}`).set(headers).send(body);
  const audit = (): Promise<AuditRow[]> =>
    t.dataSource.query(
      `SELECT action, outcome, username, detail FROM audit_entry WHERE object_id = $1 ORDER BY id`,
      [id],
    );

  it('refuses to submit while a deduction is unexplained (422 naming it)', async () => {
    const entries = zhucunEntries(await version());
    const unexplained = {
      ...entries,
      rows: entries.rows.map(({ position, actual }) => ({ position, actual })),
    };
    await request(t.http).patch(`/api/evaluations/${id}`).set(evaluator).send(unexplained).expect(200);
    const refused = await step(evaluator, 'submit', { version: await version() }).expect(422);
    expect(refused.body.code).toBe('EVALUATION.CHECKS_FAILED');
    expect(
      refused.body.details.findings.map((f: { code: string; indicator: string }) => [f.code, f.indicator]),
    ).toEqual([['REASON_MISSING', '完成任务率']]);
  });

  it('evaluator explains and submits; edits wait for review', async () => {
    await request(t.http)
      .patch(`/api/evaluations/${id}`)
      .set(evaluator)
      .send(zhucunEntries(await version()))
      .expect(200);
    const submitted = await step(evaluator, 'submit', { version: await version() }).expect(200);
    expect(submitted.body).toMatchObject({ state: 'submitted', total: '91.4' });
    const edit = await request(t.http)
      .patch(`/api/evaluations/${id}`)
      .set(evaluator)
      .send({ version: submitted.body.version, goalActual: '改' })
      .expect(409);
    expect(edit.body.code).toBe('EVALUATION.NOT_EDITABLE');
  });

  it('only managers review, and a return needs a comment', async () => {
    await step(evaluator, 'approve', { version: await version() }).expect(403);
    const noComment = await step(manager, 'return', { version: await version() }).expect(400);
    expect(noComment.body.code).toBe('EVALUATION.COMMENT_REQUIRED');
  });

  it('manager returns with a comment; evaluator fixes and resubmits; manager approves', async () => {
    const returned = await step(manager, 'return', {
      version: await version(),
      comment: '请写明驻村月数',
    }).expect(200);
    expect(returned.body.state).toBe('returned');
    const edited = await request(t.http)
      .patch(`/api/evaluations/${id}`)
      .set(evaluator)
      .send({
        version: returned.body.version,
        rows: [{ position: 1, deductionReason: `${ZHUCUN.reason}，驻村8个月` }],
      })
      .expect(200);
    // One rule: editing a returned evaluation takes it back to draft.
    expect(edited.body.state).toBe('draft');
    await step(evaluator, 'submit', { version: await version() }).expect(200);
    const approved = await step(manager, 'approve', { version: await version(), comment: '同意' }).expect(
      200,
    );
    expect(approved.body).toMatchObject({ state: 'approved', total: '91.4' });
  });

  it('refuses edits after approval', async () => {
    const v = await version();
    const edit = await request(t.http)
      .patch(`/api/evaluations/${id}`)
      .set(evaluator)
      .send({ version: v, goalActual: '改' })
      .expect(409);
    expect(edit.body.code).toBe('EVALUATION.LOCKED');
    const profile = await request(t.http)
      .put(`/api/evaluations/${id}/profile`)
      .set(manager)
      .send({ version: v, profile: 'standard' })
      .expect(409);
    expect(profile.body.code).toBe('EVALUATION.LOCKED');
  });

  it('reopens with a reason, recorded and audited', async () => {
    await step(manager, 'reopen', { version: await version() }).expect(400);
    const reopened = await step(manager, 'reopen', {
      version: await version(),
      comment: '财政局复核更正执行数',
    }).expect(200);
    expect(reopened.body.state).toBe('draft');
    const transitions = (
      await request(t.http).get(`/api/evaluations/${id}/transitions`).set(evaluator).expect(200)
    ).body;
    expect(
      transitions.map((x: { action: string; fromState: string; toState: string; comment: string | null }) => [
        x.action,
        x.fromState,
        x.toState,
        x.comment,
      ]),
    ).toEqual([
      ['submit', 'draft', 'submitted', null],
      ['return', 'submitted', 'returned', '请写明驻村月数'],
      ['submit', 'draft', 'submitted', null],
      ['approve', 'submitted', 'approved', '同意'],
      ['reopen', 'approved', 'draft', '财政局复核更正执行数'],
    ]);
    const entries = await audit();
    expect(entries.filter((e) => e.outcome === 'success').map((e) => e.action)).toEqual(
      expect.arrayContaining([
        'EVALUATION.SUBMIT',
        'EVALUATION.RETURN',
        'EVALUATION.APPROVE',
        'EVALUATION.REOPEN',
      ]),
    );
    expect(entries.filter((e) => e.action === 'EVALUATION.REOPEN').map((e) => [e.outcome, e.detail])).toEqual(
      [
        ['failure', 'EVALUATION.COMMENT_REQUIRED'],
        ['success', null],
      ],
    );
    expect(entries.some((e) => e.action === 'EVALUATION.UPDATE' && e.detail === 'EVALUATION.LOCKED')).toBe(
      true,
    );
  });

  it('two concurrent updates: exactly one succeeds, the other gets 409, the audit shows both', async () => {
    const v = await version();
    const before = (await audit()).length;
    const results = await Promise.all(
      ['同时修改一', '同时修改二'].map((text) =>
        request(t.http).patch(`/api/evaluations/${id}`).set(evaluator).send({ version: v, goalActual: text }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = results.find((r) => r.status === 200)!;
    const loser = results.find((r) => r.status === 409)!;
    expect(loser.body.code).toBe('EVALUATION.VERSION_CONFLICT');
    const card = (await request(t.http).get(`/api/evaluations/${id}`).set(evaluator).expect(200)).body;
    expect(card).toMatchObject({ version: v + 1, goal: { actual: winner.body.goal.actual } });
    const attempts = (await audit()).slice(before);
    expect(attempts.map((e) => [e.action, e.outcome, e.detail]).sort()).toEqual([
      ['EVALUATION.UPDATE', 'failure', 'EVALUATION.VERSION_CONFLICT'],
      ['EVALUATION.UPDATE', 'success', null],
    ]);
  });

  it("keeps other units' evaluators out of the workflow (404)", async () => {
    const outsider = t.as('evaluator', {
      unitIds: [project.otherUnitId],
      departmentIds: [project.departmentId],
    });
    await step(outsider, 'submit', { version: await version() }).expect(404);
    await request(t.http).get(`/api/evaluations/${id}/transitions`).set(outsider).expect(404);
  });
});
