import { createTestUser } from '../support/auth';
import { ApiClient, apiClient, listen, loggedInClient, ok } from '../support/api-client';
import { createTestApp, TestApp, uniqueSuffix } from '../support/test-app';

/**
 * The evaluator → manager round trip as the web app makes it: every call through the client generated from
 * the OpenAPI document (openapi-fetch + apps/web/src/api/schema.d.ts) against a listening app, so a request
 * or response that drifts from the document fails to compile or to run here.
 */
describe('evaluator → manager round trip through the generated client (e2e)', () => {
  let t: TestApp;
  let baseUrl: string;
  let admin: ApiClient;
  let evaluator: ApiClient;
  let manager: ApiClient;
  let projectId: string;

  beforeAll(async () => {
    t = await createTestApp();
    baseUrl = await listen(t);
    const suffix = uniqueSuffix();
    const adminUser = await createTestUser(t, { role: 'admin' });
    admin = apiClient(baseUrl, adminUser.headers.Authorization.slice('Bearer '.length));
    const department = ok(
      await admin.POST('/api/departments', {
        body: { code: `rt-${suffix}`, name: `乐山市金口河区医疗保障局-${suffix}` },
      }),
    );
    const unit = ok(
      await admin.POST('/api/units', {
        body: { departmentId: department.id, name: `乐山市金口河区医疗保障局机关-${suffix}` },
      }),
    );
    const project = ok(
      await admin.POST('/api/projects', {
        body: {
          departmentId: department.id,
          unitId: unit.id,
          fiscalYear: 2023,
          name: '驻村工作队队员补助',
          budget: '1.5',
          fiscalBudget: '1.5',
          goal: '巩固脱贫成果,开展乡村振兴工作。',
          indicators: [
            {
              level1: '产出指标',
              level2: '数量指标',
              level3: '驻村工作人员人数',
              value: '1人',
              weight: '50',
            },
            { level1: '产出指标', level2: '质量指标', level3: '完成任务率', value: '≥99%', weight: '40' },
          ],
        },
      }),
    );
    projectId = project.id;
    const evaluatorUser = await createTestUser(t, { role: 'evaluator', unitIds: [unit.id] });
    const managerUser = await createTestUser(t, { role: 'manager', departmentIds: [department.id] });
    evaluator = await loggedInClient(baseUrl, evaluatorUser.user.username, evaluatorUser.password);
    manager = await loggedInClient(baseUrl, managerUser.user.username, managerUser.password);
  });
  afterAll(() => t.close());

  it('opens, fills in, submits, is returned with a comment, resubmits and is approved', async () => {
    const me = ok(await evaluator.GET('/api/auth/me'));
    expect(me).toMatchObject({
      role: 'evaluator',
      units: [expect.objectContaining({ name: expect.stringContaining('机关') })],
    });

    const opened = ok(
      await evaluator.POST('/api/projects/{projectId}/evaluation', { params: { path: { projectId } } }),
    );
    expect(opened).toMatchObject({ state: 'draft', rows: [{ position: 0 }, { position: 1 }] });
    const id = { params: { path: { id: opened.id } } };

    const filled = ok(
      await evaluator.PATCH('/api/evaluations/{id}', {
        ...id,
        body: {
          version: opened.version,
          amounts: { executed: '1.5', fiscalExecuted: '1.5' },
          goalActual: '100%',
          rows: [
            { position: 0, actual: '1人' },
            { position: 1, actual: '99%' },
          ],
        },
      }),
    );
    expect(filled.total).toBe('100');
    expect(filled.grade).toBe('优');

    const submitted = ok(
      await evaluator.POST('/api/evaluations/{id}/submit', { ...id, body: { version: filled.version } }),
    );
    expect(submitted.state).toBe('submitted');

    const returned = ok(
      await manager.POST('/api/evaluations/{id}/return', {
        ...id,
        body: { version: submitted.version, comment: '请补充完成任务率的佐证' },
      }),
    );
    expect(returned.state).toBe('returned');
    const transitions = ok(await evaluator.GET('/api/evaluations/{id}/transitions', id));
    expect(transitions.at(-1)).toMatchObject({ action: 'return', comment: '请补充完成任务率的佐证' });

    const corrected = ok(
      await evaluator.PATCH('/api/evaluations/{id}', {
        ...id,
        body: { version: returned.version, goalActual: '已全部完成' },
      }),
    );
    const resubmitted = ok(
      await evaluator.POST('/api/evaluations/{id}/submit', { ...id, body: { version: corrected.version } }),
    );
    const approved = ok(
      await manager.POST('/api/evaluations/{id}/approve', { ...id, body: { version: resubmitted.version } }),
    );
    expect(approved).toMatchObject({ state: 'approved', total: '100', grade: '优' });

    const list = ok(
      await manager.GET('/api/evaluations', {
        params: { query: { departmentId: opened.departmentId, year: 2023 } },
      }),
    );
    expect(list.items.map((item) => [item.id, item.state])).toEqual([[opened.id, 'approved']]);
  });

  it('answers errors in the documented body: a stale version is a 409 with code, message and details', async () => {
    const opened = ok(
      await evaluator.POST('/api/projects/{projectId}/evaluation', { params: { path: { projectId } } }),
    );
    const stale = await evaluator.PATCH('/api/evaluations/{id}', {
      params: { path: { id: opened.id } },
      body: { version: opened.version + 5, goalActual: '改' },
    });
    expect(stale.response.status).toBe(409);
    expect(stale.error).toMatchObject({
      code: expect.any(String),
      message: expect.any(String),
      details: expect.any(Object),
    });
  });
});
