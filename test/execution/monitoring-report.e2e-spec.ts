import { SICHUAN_2025_RULE_SET } from '@jixiao/monitoring';
import request from 'supertest';
import { createDepartment, TestDepartment } from './support/execution-data';
import { createExecutionTestApp, ExecutionTestApp } from './support/execution-test-app';

type Headers = { Authorization: string };

/**
 * 绩效运行监控报告 through the review workflow: the evaluator opens, fills and submits (refused while a
 * flag's reason is missing), the manager returns it, the evaluator edits and resubmits, the manager
 * approves (locked) and reopens it with a reason. Every step is recorded and audited; stale versions and
 * callers outside the unit or department are refused.
 */
describe('monitoring reports: review workflow', () => {
  let t: ExecutionTestApp;
  let data: TestDepartment;
  let evaluator: Headers;
  let siblingEvaluator: Headers;
  let manager: Headers;
  let otherManager: Headers;
  let reportId: string;
  let shortfallFlagId: string;

  beforeAll(async () => {
    t = await createExecutionTestApp();
    t.clock.setToday('2025-01-10');
    data = await createDepartment(t.dataSource, 2024, [{ name: '医疗救助', budget: '120' }], 2);
    const other = await createDepartment(t.dataSource, 2024, [{ name: '其他项目', budget: '10' }]);
    evaluator = await t.as('evaluator', { unitIds: [data.units[0].id] });
    siblingEvaluator = await t.as('evaluator', { unitIds: [data.units[1].id] });
    manager = await t.as('manager', { departmentIds: [data.department.id] });
    otherManager = await t.as('manager', { departmentIds: [other.department.id] });
    await request(t.http)
      .put(`/api/execution/rule-sets/${data.department.id}/2024`)
      .set(manager)
      .send({ ...SICHUAN_2025_RULE_SET, departmentCode: null, fiscalYear: null })
      .expect(200);
    // 10 of 120 万元 by year end: under-executed below 90 %, so a reason is required and missing.
    const recorded = await request(t.http)
      .post('/api/execution/records')
      .set(evaluator)
      .send({ projectId: data.projects[0].id, asOf: '2024-12-31', executed: '10' })
      .expect(201);
    const opened = recorded.body.flags.opened as { id: string; code: string }[];
    expect(opened.map((f) => f.code).sort()).toEqual(['REASON_MISSING', 'UNDER_EXECUTED']);
    shortfallFlagId = opened.find((f) => f.code === 'UNDER_EXECUTED')!.id;
  });
  afterAll(() => t?.close());

  const url = (suffix = '') => `/api/execution/reports/${reportId}${suffix}`;
  const step = (who: Headers, action: string, version: number, comment?: string) =>
    request(t.http)
      .post(url(`/${action}`))
      .set(who)
      .send({ version, comment });

  it('the evaluator opens the report of its unit, year and period (once), with its figures', async () => {
    const body = { unitId: data.units[0].id, year: 2024, period: 12 };
    const created = await request(t.http)
      .post('/api/execution/reports')
      .set(evaluator)
      .send(body)
      .expect(201);
    reportId = created.body.id;
    expect(created.body).toMatchObject({ state: 'draft', version: 1, period: 12, transitions: [] });
    expect(created.body.figures.asOf).toBe('2024-12-31');
    expect(created.body.figures.projects).toHaveLength(1);
    expect(created.body.figures.projects[0].latest).toMatchObject({ asOf: '2024-12-31', executed: '10' });
    expect(created.body.figures.openFlags).toBe(2);
    const again = await request(t.http).post('/api/execution/reports').set(evaluator).send(body).expect(200);
    expect(again.body.id).toBe(reportId);
    await request(t.http)
      .post('/api/execution/reports')
      .set(evaluator)
      .send({ ...body, period: 5 })
      .expect(400);
    await request(t.http).post('/api/execution/reports').set(siblingEvaluator).send(body).expect(404);
  });

  it('fills the text; a submit waits for the missing reason (422), then goes through', async () => {
    const filled = await request(t.http)
      .patch(url())
      .set(evaluator)
      .send({
        version: 1,
        progress: '项目按计划推进',
        deviationReasons: '资金拨付滞后',
        measures: '加快拨付',
      })
      .expect(200);
    expect(filled.body).toMatchObject({ version: 2, progress: '项目按计划推进', measures: '加快拨付' });

    const refused = await step(evaluator, 'submit', 2).expect(422);
    expect(refused.body.code).toBe('MONITORING_REPORT.REASON_MISSING');
    expect(refused.body.details.flags.map((f: { code: string }) => f.code)).toContain('REASON_MISSING');

    await request(t.http)
      .post(`/api/execution/flags/${shortfallFlagId}/answer`)
      .set(evaluator)
      .send({ reason: '项目下半年才启动，资金年底拨付', measure: '继续执行' })
      .expect(200);
    const submitted = await step(evaluator, 'submit', 2).expect(200);
    expect(submitted.body).toMatchObject({ state: 'submitted', version: 3 });
  });

  it('the manager returns it with a comment; the evaluator edits and resubmits; the manager approves', async () => {
    expect((await step(manager, 'return', 3).expect(400)).body.code).toBe(
      'MONITORING_REPORT.COMMENT_REQUIRED',
    );
    const returned = await step(manager, 'return', 3, '偏差原因请写明拨付时间').expect(200);
    expect(returned.body).toMatchObject({ state: 'returned', version: 4 });

    await request(t.http)
      .patch(url())
      .set(evaluator)
      .send({ version: 4, deviationReasons: '资金于11月拨付，12月支付' })
      .expect(200);
    await step(evaluator, 'submit', 5).expect(200);
    const approved = await step(manager, 'approve', 6).expect(200);
    expect(approved.body).toMatchObject({ state: 'approved', version: 7 });
  });

  it('refuses edits after approval and a stale version', async () => {
    const locked = await request(t.http)
      .patch(url())
      .set(evaluator)
      .send({ version: 7, measures: '改' })
      .expect(409);
    expect(locked.body.code).toBe('MONITORING_REPORT.LOCKED');
    const stale = await request(t.http)
      .patch(url())
      .set(evaluator)
      .send({ version: 1, measures: '改' })
      .expect(409);
    expect(stale.body.code).toBe('MONITORING_REPORT.VERSION_CONFLICT');
    expect((await step(manager, 'reopen', 6, '复核').expect(409)).body.code).toBe(
      'MONITORING_REPORT.VERSION_CONFLICT',
    );
    expect((await step(evaluator, 'submit', 7).expect(409)).body.code).toBe(
      'MONITORING_REPORT.TRANSITION_NOT_ALLOWED',
    );
  });

  it('reopens with a reason, back to draft; every transition is recorded and audited', async () => {
    expect((await step(manager, 'reopen', 7).expect(400)).body.code).toBe(
      'MONITORING_REPORT.COMMENT_REQUIRED',
    );
    const reopened = await step(manager, 'reopen', 7, '财政局复核更正执行数').expect(200);
    expect(reopened.body).toMatchObject({ state: 'draft', version: 8 });
    const shown = await request(t.http).get(url()).set(evaluator).expect(200);
    expect(
      shown.body.transitions.map(
        (s: { action: string; fromState: string; toState: string; comment: string | null }) => [
          s.action,
          s.fromState,
          s.toState,
          s.comment,
        ],
      ),
    ).toEqual([
      ['submit', 'draft', 'submitted', null],
      ['return', 'submitted', 'returned', '偏差原因请写明拨付时间'],
      ['submit', 'returned', 'submitted', null],
      ['approve', 'submitted', 'approved', null],
      ['reopen', 'approved', 'draft', '财政局复核更正执行数'],
    ]);
    expect(shown.body.transitions.every((s: { username: string; at: string }) => s.username && s.at)).toBe(
      true,
    );

    const audit = await t.dataSource.query<{ action: string; outcome: string; detail: string | null }[]>(
      `SELECT action, outcome, detail FROM audit_entry WHERE object_id = $1 ORDER BY at, id`,
      [reportId],
    );
    expect(audit).toEqual(
      expect.arrayContaining([
        { action: 'MONITORING_REPORT.CREATE', outcome: 'success', detail: null },
        {
          action: 'MONITORING_REPORT.SUBMIT',
          outcome: 'failure',
          detail: 'MONITORING_REPORT.REASON_MISSING',
        },
        { action: 'MONITORING_REPORT.RETURN', outcome: 'success', detail: '偏差原因请写明拨付时间' },
        { action: 'MONITORING_REPORT.APPROVE', outcome: 'success', detail: null },
        { action: 'MONITORING_REPORT.UPDATE', outcome: 'failure', detail: 'MONITORING_REPORT.LOCKED' },
        {
          action: 'MONITORING_REPORT.UPDATE',
          outcome: 'failure',
          detail: 'MONITORING_REPORT.VERSION_CONFLICT',
        },
        {
          action: 'MONITORING_REPORT.REOPEN',
          outcome: 'failure',
          detail: 'MONITORING_REPORT.COMMENT_REQUIRED',
        },
        { action: 'MONITORING_REPORT.REOPEN', outcome: 'success', detail: '财政局复核更正执行数' },
      ]),
    );
    expect(
      audit.filter((a) => a.outcome === 'success' && a.action === 'MONITORING_REPORT.SUBMIT'),
    ).toHaveLength(2);
  });

  it("hides the report from another unit's evaluator and another department's manager (404)", async () => {
    for (const who of [siblingEvaluator, otherManager]) {
      expect((await request(t.http).get(url()).set(who).expect(404)).body.code).toBe(
        'MONITORING_REPORT.NOT_FOUND',
      );
    }
    await request(t.http).patch(url()).set(siblingEvaluator).send({ version: 8, measures: '改' }).expect(404);
    await step(siblingEvaluator, 'submit', 8).expect(404);
    await step(otherManager, 'approve', 8).expect(404);
    for (const who of [siblingEvaluator, otherManager]) {
      const list = await request(t.http).get('/api/execution/reports').set(who).expect(200);
      expect(list.body.items.map((r: { id: string }) => r.id)).not.toContain(reportId);
    }
    const mine = await request(t.http)
      .get(`/api/execution/reports?departmentId=${data.department.id}&year=2024&state=draft`)
      .set(manager)
      .expect(200);
    expect(mine.body.items.map((r: { id: string }) => r.id)).toEqual([reportId]);
    expect(mine.body.items[0].unit.name).toBe(data.units[0].name);
  });
});
