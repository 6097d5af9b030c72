import request from 'supertest';
import {
  addZhucunProject,
  createEvaluationTestApp,
  createZhucunProject,
  EvaluationTestApp,
  Headers,
  TestProject,
  zhucunEntries,
} from './support/evaluation-test-app';

interface StoredProfile {
  id: string;
  reverseRule: string;
  overAchievementPercent: string;
}

/**
 * 评分口径 per department and year: read and set, used by new evaluations, and a change rescores the
 * year's draft and returned evaluations in one go while submitted and approved ones keep theirs.
 */
describe('department scoring profiles (e2e)', () => {
  let t: EvaluationTestApp;
  let project: TestProject;
  let evaluator: Headers;
  let manager: Headers;
  let url: string;
  /** 驻村工作队队员补助 four times over, each left in another state. */
  const ids: Record<'draft' | 'returned' | 'submitted' | 'approved', string> = {
    draft: '',
    returned: '',
    submitted: '',
    approved: '',
  };

  const card = async (id: string) =>
    (await request(t.http).get(`/api/evaluations/${id}`).set(manager).expect(200)).body;
  const step = async (id: string, headers: Headers, action: string, comment?: string) =>
    request(t.http)
      .post(`/api/evaluations/${id}/${action}`)
      .set(headers)
      .send({ version: (await card(id)).version, comment })
      .expect(200);
  const storedProfile = async (id: string): Promise<StoredProfile> =>
    (await t.dataSource.query(`SELECT profile FROM self_evaluation WHERE id = $1`, [id]))[0].profile;

  beforeAll(async () => {
    t = await createEvaluationTestApp();
    project = await createZhucunProject(t);
    evaluator = t.as('evaluator', { unitIds: [project.unitId], departmentIds: [project.departmentId] });
    manager = t.as('manager', { departmentIds: [project.departmentId] });
    url = `/api/departments/${project.departmentId}/scoring-profiles/2023`;
    for (const state of Object.keys(ids) as (keyof typeof ids)[]) {
      const projectId =
        state === 'draft'
          ? project.projectId
          : await addZhucunProject(t, project, { name: `驻村补助-${state}` });
      const opened = await request(t.http)
        .post(`/api/projects/${projectId}/evaluation`)
        .set(evaluator)
        .send({})
        .expect(201);
      ids[state] = opened.body.id;
      await request(t.http)
        .patch(`/api/evaluations/${ids[state]}`)
        .set(evaluator)
        .send(zhucunEntries(opened.body.version))
        .expect(200);
    }
    await step(ids.returned, evaluator, 'submit');
    await step(ids.returned, manager, 'return', '请核对');
    await step(ids.submitted, evaluator, 'submit');
    await step(ids.approved, evaluator, 'submit');
    await step(ids.approved, manager, 'approve', '同意');
  });
  afterAll(() => t.close());

  it('reads jinkouhe, version 0, while the department chose nothing; evaluators of its units may read it', async () => {
    for (const headers of [evaluator, manager, t.as('admin')]) {
      const response = await request(t.http).get(url).set(headers).expect(200);
      expect(response.body).toEqual({
        departmentId: project.departmentId,
        year: 2023,
        source: 'default',
        profile: 'jinkouhe',
        title: '金口河区自评口径',
        settings: {},
        version: 0,
        updatedBy: null,
        updatedAt: null,
      });
    }
  });

  it("hides the department from another department's manager and evaluator (404)", async () => {
    const outsiders = [
      t.as('manager', { departmentIds: [] }),
      t.as('evaluator', { unitIds: [], departmentIds: [] }),
    ];
    for (const headers of outsiders) {
      const response = await request(t.http).get(url).set(headers).expect(404);
      expect(response.body.code).toBe('DEPARTMENT.NOT_FOUND');
    }
    await request(t.http).put(url).set(outsiders[0]).send({ version: 0, profile: 'standard' }).expect(404);
  });

  it('lets only admins and managers choose (evaluators 403)', async () => {
    await request(t.http).put(url).set(evaluator).send({ version: 0, profile: 'standard' }).expect(403);
  });

  it.each([
    [
      'settings on jinkouhe',
      { profile: 'jinkouhe', settings: { reverseRule: 'relative-excess' } },
      'SCORING.PROFILE_INVALID',
    ],
    [
      'a threshold of 100 %',
      { profile: 'standard', settings: { overAchievementPercent: '100' } },
      'SCORING.PROFILE_INVALID',
    ],
    [
      'an unknown convention',
      { profile: 'standard', settings: { reverseRule: 'halved' } },
      'VALIDATION.FAILED',
    ],
    ['an unknown profile', { profile: 'sichuan' }, 'VALIDATION.FAILED'],
  ])('refuses %s with 400, changing nothing', async (_name, body, code) => {
    const response = await request(t.http)
      .put(url)
      .set(manager)
      .send({ version: 0, ...body })
      .expect(400);
    expect(response.body.code).toBe(code);
    expect((await request(t.http).get(url).set(manager).expect(200)).body.source).toBe('default');
    expect((await card(ids.draft)).profile.id).toBe('jinkouhe');
  });

  it('sets standard with its settings and rescores draft and returned evaluations in the same transaction', async () => {
    const draftBefore = await card(ids.draft);
    expect(draftBefore).toMatchObject({ total: '91.4', profile: { id: 'jinkouhe' } });
    const response = await request(t.http)
      .put(url)
      .set(manager)
      .send({
        version: 0,
        profile: 'standard',
        settings: { reverseRule: 'relative-excess', overAchievementPercent: '150' },
      })
      .expect(200);
    expect(response.body.setting).toMatchObject({
      source: 'stored',
      profile: 'standard',
      title: '标准规则（财预〔2020〕10号）',
      settings: { reverseRule: 'relative-excess', overAchievementPercent: '150' },
      version: 1,
    });
    expect(response.body.rescore).toEqual({
      rescored: 2,
      changedTotals: 2,
      refused: [],
      kept: { submitted: 1, approved: 1 },
      note: expect.stringContaining('保留原评分口径'),
    });

    // 完成任务率 `≥99%` vs `57%`: 10 × 57 / 99 = 5.8 under the standard rule (jinkouhe: 5.7).
    for (const id of [ids.draft, ids.returned]) {
      const rescored = await card(id);
      expect(rescored).toMatchObject({ total: '91.5', profile: { id: 'standard' } });
      expect(rescored.rows[1].score).toBe('5.8');
      expect(await storedProfile(id)).toMatchObject({
        id: 'standard',
        reverseRule: 'relative-excess',
        overAchievementPercent: '150',
      });
    }
    // An edit based on the scores read before the change is stale.
    expect((await card(ids.draft)).version).toBe(draftBefore.version + 1);
    await request(t.http)
      .patch(`/api/evaluations/${ids.draft}`)
      .set(evaluator)
      .send({ version: draftBefore.version, goalActual: '旧' })
      .expect(409);

    for (const id of [ids.submitted, ids.approved]) {
      expect(await card(id)).toMatchObject({ total: '91.4', profile: { id: 'jinkouhe' } });
      expect((await storedProfile(id)).id).toBe('jinkouhe');
    }
    const [audit] = await t.dataSource.query(
      `SELECT outcome, object_type AS "objectType", after FROM audit_entry
        WHERE action = 'EVALUATION.SCORING_PROFILE' AND object_id = $1`,
      [
        (
          await t.dataSource.query(
            `SELECT id FROM department_scoring_profile WHERE department_id = $1 AND year = 2023`,
            [project.departmentId],
          )
        )[0].id,
      ],
    );
    expect(audit).toMatchObject({
      outcome: 'success',
      objectType: 'department_scoring_profile',
      after: { profile: 'standard', version: 1, rescore: { rescored: 2 } },
    });
  });

  it('scores a new evaluation of the department and year with the chosen profile and settings', async () => {
    const projectId = await addZhucunProject(t, project, { name: '驻村补助-新' });
    const opened = await request(t.http)
      .post(`/api/projects/${projectId}/evaluation`)
      .set(evaluator)
      .send({})
      .expect(201);
    expect(opened.body.profile.id).toBe('standard');
    expect(await storedProfile(opened.body.id)).toMatchObject({
      id: 'standard',
      reverseRule: 'relative-excess',
      overAchievementPercent: '150',
    });
    // The open body names no profile: the department's choice decides.
    await request(t.http)
      .post(`/api/projects/${projectId}/evaluation`)
      .set(evaluator)
      .send({ profile: 'jinkouhe' })
      .expect(400);
  });

  it('leaves other years alone', async () => {
    const other = await request(t.http)
      .get(`/api/departments/${project.departmentId}/scoring-profiles/2024`)
      .set(manager)
      .expect(200);
    expect(other.body).toMatchObject({ source: 'default', profile: 'jinkouhe', version: 0 });
  });

  it('refuses a stale version with 409, and of two concurrent changes exactly one wins', async () => {
    const stale = await request(t.http)
      .put(url)
      .set(manager)
      .send({ version: 0, profile: 'jinkouhe' })
      .expect(409);
    expect(stale.body).toMatchObject({
      code: 'SCORING_PROFILE.VERSION_CONFLICT',
      message: '数据已被修改，请刷新后重试',
      details: { expectedVersion: 0, currentVersion: 1 },
    });
    const results = await Promise.all(
      ['jinkouhe', 'standard'].map((profile) =>
        request(t.http).put(url).set(manager).send({ version: 1, profile }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = results.find((r) => r.status === 200)!;
    const setting = (await request(t.http).get(url).set(manager).expect(200)).body;
    expect(setting).toMatchObject({ version: 2, profile: winner.body.setting.profile });
    expect((await card(ids.draft)).profile.id).toBe(winner.body.setting.profile);
  });

  it('goes back to jinkouhe: the draft scores 91.4 again, the approved one never moved', async () => {
    const { version } = (await request(t.http).get(url).set(manager).expect(200)).body;
    const response = await request(t.http)
      .put(url)
      .set(t.as('admin'))
      .send({ version, profile: 'jinkouhe' })
      .expect(200);
    expect(response.body.setting).toMatchObject({ profile: 'jinkouhe', settings: {}, version: version + 1 });
    expect(await card(ids.draft)).toMatchObject({ total: '91.4', profile: { id: 'jinkouhe' } });
    expect(await card(ids.approved)).toMatchObject({ state: 'approved', total: '91.4' });
  });
});
