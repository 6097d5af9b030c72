import request from 'supertest';
import { authHeader } from '../support/auth';
import { createTestApp, TestApp, uniqueSuffix } from '../support/test-app';

/** The text boundary and the body limits, one request each: what comes back and which field it names. */
describe('input boundary (e2e)', () => {
  let t: TestApp;
  let admin: { Authorization: string };

  beforeAll(async () => {
    t = await createTestApp();
    admin = await authHeader(t, { role: 'admin' });
  });
  afterAll(() => t.close());

  const login = (body: string) =>
    request(t.http).post('/api/auth/login').set('Content-Type', 'application/json').send(body);

  it('refuses NUL and lone surrogates in a body without a token, naming the field', async () => {
    const nul = await login(JSON.stringify({ username: 'a\u0000b', password: 'x' })).expect(400);
    expect(nul.body).toMatchObject({
      code: 'REQUEST.INVALID_TEXT',
      details: { field: 'username', reason: 'NUL' },
    });
    expect(nul.body.message).toContain('username');
    // The escape as sent on the wire: JSON.parse makes it a lone surrogate.
    const lone = await login('{"username":"admin","password":"\\ud800"}').expect(400);
    expect(lone.body.details).toMatchObject({ field: 'password', reason: 'LONE_SURROGATE' });
  });

  it('names a nested field as a path, and query and route parameters by their source', async () => {
    const nested = await request(t.http)
      .post('/api/projects')
      .set(admin)
      .send({ name: 'x', indicators: [{}, { level3: 'a\u0000b' }] })
      .expect(400);
    expect(nested.body.details.field).toBe('indicators[1].level3');
    const query = await request(t.http).get('/api/projects?q=%00').set(admin).expect(400);
    expect(query.body.details.field).toBe('query.q');
    const param = await request(t.http).get('/api/projects/a%00b').set(admin).expect(400);
    expect(param.body.details.field).toBe('params.id');
    // Percent-encoding that is no UTF-8 (a lone surrogate's bytes) cannot even be decoded: 400 too.
    await request(t.http).get('/api/projects/%ED%A0%80').set(admin).expect(400);
  });

  it('refuses bidi controls and zero-width characters in names, codes and usernames only', async () => {
    const department = await request(t.http)
      .post('/api/departments')
      .set(admin)
      .send({ name: `财政局\u202Etxt.exe ${uniqueSuffix()}` })
      .expect(400);
    expect(department.body).toMatchObject({
      code: 'REQUEST.INVALID_TEXT',
      details: { field: 'name', reason: 'INVISIBLE' },
    });
    expect(department.body.message).toContain('U+202E');
    const user = await request(t.http)
      .post('/api/users')
      .set(admin)
      .send({ username: 'ad\u200Bmin', role: 'admin' })
      .expect(400);
    expect(user.body.details.field).toBe('username');
  });

  it('refuses a body over the limit with 413 naming it, without a token too', async () => {
    const huge = JSON.stringify({ username: 'x'.repeat(1024 * 1024 + 10), password: 'x' });
    const response = await login(huge).expect(413);
    expect(response.body).toMatchObject({ code: 'REQUEST.TOO_LARGE', details: { limit: 1024 * 1024 } });
    expect(response.body.message).toContain('1 MB');
  });

  it('refuses deep nesting before parsing (10,000 arrays, 5,000 objects), and malformed JSON, as 400', async () => {
    const arrays = await login('['.repeat(10_000) + ']'.repeat(10_000)).expect(400);
    expect(arrays.body).toMatchObject({ code: 'REQUEST.TOO_DEEP', details: { limit: 32 } });
    const objects = await login('{"a":'.repeat(5_000) + '1' + '}'.repeat(5_000)).expect(400);
    expect(objects.body.code).toBe('REQUEST.TOO_DEEP');
    // Brackets inside strings do not count.
    await login(JSON.stringify({ username: '['.repeat(40), password: '{'.repeat(40) })).expect(401);
    await login('{"username":').expect(400);
  });

  describe('numbers, nulls and negative amounts', () => {
    let department: { id: string };
    let project: { id: string; version: number };

    beforeAll(async () => {
      department = (
        await request(t.http)
          .post('/api/departments')
          .set(admin)
          .send({ name: `边界局 ${uniqueSuffix()}` })
          .expect(201)
      ).body;
      const unit = (
        await request(t.http)
          .post('/api/units')
          .set(admin)
          .send({ departmentId: department.id, name: '边界单位' })
          .expect(201)
      ).body;
      project = (
        await request(t.http)
          .post('/api/projects')
          .set(admin)
          .send({
            departmentId: department.id,
            unitId: unit.id,
            fiscalYear: 2024,
            name: '边界项目',
            budget: '10',
          })
          .expect(201)
      ).body;
    });

    it('refuses null where a value is required, naming the field', async () => {
      const patches: [string, object][] = [
        [`/api/departments/${department.id}`, {}],
        [`/api/projects/${project.id}`, { version: project.version }],
      ];
      for (const [path, rest] of patches) {
        const response = await request(t.http)
          .patch(path)
          .set(admin)
          .send({ ...rest, name: null })
          .expect(400);
        expect(response.body).toMatchObject({ code: 'REQUEST.NULL_NOT_ALLOWED', details: { field: 'name' } });
      }
      const weight = await request(t.http)
        .post('/api/indicators')
        .set(admin)
        .send({
          projectId: project.id,
          version: project.version,
          level1: '产出指标',
          level2: '数量指标',
          level3: '人次',
          value: '1',
          weight: null,
        })
        .expect(400);
      expect(weight.body.details.field).toBe('weight');
    });

    it('refuses numbers an integer column cannot hold, in bodies and route parameters', async () => {
      for (const version of [1e308, 2 ** 70]) {
        const response = await request(t.http)
          .patch(`/api/projects/${project.id}`)
          .set(admin)
          .send({ version })
          .expect(400);
        expect(response.body).toMatchObject({
          code: 'REQUEST.NUMBER_OUT_OF_RANGE',
          details: { field: 'version' },
        });
      }
      const year = await request(t.http)
        .get(`/api/departments/${department.id}/stated-totals/99999999999`)
        .set(admin)
        .expect(400);
      expect(year.body.details.field).toBe('params.year');
    });

    it('refuses negative budgets and weights', async () => {
      const budget = await request(t.http)
        .patch(`/api/projects/${project.id}`)
        .set(admin)
        .send({ version: project.version, budget: '-1' })
        .expect(400);
      expect(budget.body.details.fields[0].field).toBe('budget');
      await request(t.http)
        .put(`/api/departments/${department.id}/stated-totals/2024`)
        .set(admin)
        .send({ budget: '-5', units: [] })
        .expect(400);
    });

    it('checks typed indicator levels against the catalogue, with the aliases an import accepts', async () => {
      const version = async () =>
        (await request(t.http).get(`/api/projects/${project.id}`).set(admin).expect(200)).body
          .version as number;
      const cells = (levels: object) => ({ level3: '人次', value: '1', ...levels });
      const indicator = (levels: object) => ({ projectId: project.id, ...cells(levels) });
      const refused = async (levels: object) =>
        (
          await request(t.http)
            .post('/api/indicators')
            .set(admin)
            .send({ ...indicator(levels), version: await version() })
            .expect(400)
        ).body;
      expect(await refused({ level1: '随便指标', level2: '数量指标' })).toMatchObject({
        code: 'INDICATOR.LEVEL_NOT_IN_CATALOGUE',
        details: { field: 'level1' },
      });
      expect((await refused({ level1: '产出指标', level2: '社会效益指标' })).details.field).toBe('level2');
      expect((await refused({ level1: '产出指标', level2: '随便' })).details.field).toBe('level2');
      const inProject = await request(t.http)
        .post('/api/projects')
        .set(admin)
        .send({
          departmentId: department.id,
          fiscalYear: 2024,
          name: `目录项目 ${uniqueSuffix()}`,
          indicators: [
            cells({ level1: '产出指标', level2: '数量指标' }),
            cells({ level1: '效果指标', level2: '乱写' }),
          ],
        })
        .expect(400);
      expect(inProject.body.details.field).toBe('indicators[1].level2');

      const created = await request(t.http)
        .post('/api/indicators')
        .set(admin)
        .send({ ...indicator({ level1: '效果指标', level2: '社会效益' }), version: await version() })
        .expect(201);
      expect(created.body).toMatchObject({
        level1: '效益指标',
        level1Printed: '效果指标',
        level2: '社会效益指标',
        level2Printed: '社会效益',
      });
      const patched = await request(t.http)
        .patch(`/api/indicators/${created.body.id}`)
        .set(admin)
        .send({ version: await version(), level2: '不存在' })
        .expect(400);
      expect(patched.body.details.field).toBe('level2');
    });

    it('answers a domain check that fails on stored data as a 400 with its message, never a 500', async () => {
      // A negative budget stored before the input side refused it (older data, a manual fix in the database).
      await t.dataSource.query('UPDATE project SET budget = -5 WHERE id = $1', [project.id]);
      const response = await request(t.http)
        .put(`/api/departments/${department.id}/stated-totals/2024`)
        .set(admin)
        .send({ budget: '10', units: [] });
      expect(response.status).toBe(400);
      expect(response.body.code).toMatch(/^MONITORING\./);
      expect(response.body.message).toContain('不能为负数');
      await t.dataSource.query('UPDATE project SET budget = 10 WHERE id = $1', [project.id]);
    });
  });
});
