import request from 'supertest';
import { TestApp, createTestApp } from '../support/test-app';
import { authHeader } from '../support/auth';
import { createDepartment, Headers, importInto, seed } from './support/target-api';

/** Lists, filters, search, scope (404 outside it) and optimistic locking (409 on a stale version). */
describe('targets CRUD (e2e)', () => {
  let t: TestApp;
  let admin: Headers;
  let leshan: { id: string };
  let other: { id: string };
  let units: { id: string; code: string }[];

  beforeAll(async () => {
    t = await createTestApp();
    admin = await authHeader(t, { role: 'admin' });
    leshan = await createDepartment(t, admin, '乐山市医疗保障局');
    other = await createDepartment(t, admin, '达川区医疗保障局');
    await importInto(t, admin, leshan.id, 'leshan-2024-budget.txt', seed('leshan-2024-budget.txt'));
    await importInto(t, admin, other.id, 'dachuan-2024-budget.txt', seed('dachuan-2024-budget.txt'));
    units = (await request(t.http).get(`/api/units?departmentId=${leshan.id}`).set(admin).expect(200)).body
      .items;
  });
  afterAll(() => t.close());

  it("pages through a department's projects with a total", async () => {
    const first = await request(t.http)
      .get(`/api/projects?departmentId=${leshan.id}&pageSize=10`)
      .set(admin)
      .expect(200);
    const third = await request(t.http)
      .get(`/api/projects?departmentId=${leshan.id}&pageSize=10&page=3`)
      .set(admin)
      .expect(200);
    expect(first.body).toMatchObject({ total: 27, page: 1, pageSize: 10 });
    expect(first.body.items).toHaveLength(10);
    expect(third.body.items).toHaveLength(7);
    const ids = new Set([...first.body.items, ...third.body.items].map((p: { id: string }) => p.id));
    expect(ids.size).toBe(17);
  });

  it.each([
    ['category=特定目标类', 9],
    ['category=人员类', 18],
    ['year=2024', 27],
    ['year=2023', 0],
    [`q=${encodeURIComponent('医疗救助')}`, 1],
    [`q=${encodeURIComponent('51110024T000011029495')}`, 1],
  ])('filters Leshan by %s → %i', async (filter, total) => {
    const response = await request(t.http)
      .get(`/api/projects?departmentId=${leshan.id}&${filter}`)
      .set(admin)
      .expect(200);
    expect(response.body.total).toBe(total);
  });

  it('filters by unit', async () => {
    const totals = await Promise.all(
      units.map(
        async (unit) =>
          (await request(t.http).get(`/api/projects?unitId=${unit.id}`).set(admin).expect(200)).body
            .total as number,
      ),
    );
    expect(totals.reduce((a, b) => a + b, 0)).toBe(27);
  });

  it('names every bad query parameter (400)', async () => {
    const response = await request(t.http)
      .get('/api/projects?pageSize=500&page=0&year=abc&category=其他')
      .set(admin)
      .expect(400);
    expect(response.body.details.fields.map((f: { field: string }) => f.field).sort()).toEqual([
      'category',
      'page',
      'pageSize',
      'year',
    ]);
  });

  it('lists and searches indicators', async () => {
    const response = await request(t.http)
      .get(
        `/api/indicators?departmentId=${leshan.id}&level1=${encodeURIComponent('满意度指标')}&pageSize=200`,
      )
      .set(admin)
      .expect(200);
    expect(response.body.total).toBeGreaterThan(0);
    expect(response.body.items.every((i: { level1: string }) => i.level1 === '满意度指标')).toBe(true);
    const search = await request(t.http)
      .get(`/api/indicators?departmentId=${leshan.id}&q=${encodeURIComponent('科目调整次数')}`)
      .set(admin)
      .expect(200);
    expect(search.body.items.map((i: { level3: string }) => i.level3)).toContain('科目调整次数');
  });

  describe('scope', () => {
    it("a manager sees its own department only; another department's project is 404", async () => {
      const manager = await authHeader(t, { role: 'manager', departmentIds: [leshan.id] });
      const list = await request(t.http).get('/api/projects').set(manager).expect(200);
      expect(list.body.total).toBe(27);
      const [foreign] = (
        await request(t.http).get(`/api/projects?departmentId=${other.id}`).set(admin).expect(200)
      ).body.items;
      const response = await request(t.http).get(`/api/projects/${foreign.id}`).set(manager).expect(404);
      expect(response.body.code).toBe('PROJECT.NOT_FOUND');
      await request(t.http)
        .patch(`/api/projects/${foreign.id}`)
        .set(manager)
        .send({ version: foreign.version, goal: 'x' })
        .expect(404);
      await request(t.http).get(`/api/departments/${other.id}`).set(manager).expect(404);
    });

    it("an evaluator sees only its unit's projects and cannot write", async () => {
      const unit = units.find((u) => u.code === '315302')!;
      const evaluator = await authHeader(t, {
        role: 'evaluator',
        departmentIds: [leshan.id],
        unitIds: [unit.id],
      });
      const list = await request(t.http)
        .get(`/api/projects?departmentId=${leshan.id}&pageSize=200`)
        .set(evaluator)
        .expect(200);
      expect(list.body.total).toBeGreaterThan(0);
      expect(list.body.total).toBeLessThan(27);
      expect(list.body.items.every((p: { unitId: string }) => p.unitId === unit.id)).toBe(true);
      await request(t.http)
        .post('/api/imports')
        .set(evaluator)
        .attach('file', Buffer.from('x'), 'x.txt')
        .expect(403);
    });
  });

  describe('writes', () => {
    it('creates a project with indicators, updates it with its version, and refuses a stale one (409)', async () => {
      const created = await request(t.http)
        .post('/api/projects')
        .set(admin)
        .send({
          departmentId: leshan.id,
          unitId: units[0].id,
          fiscalYear: 2024,
          code: 'H6TEST0001',
          name: '医保信息化补助',
          category: '特定目标类',
          budget: '12.50',
          indicators: [
            {
              level1: '产出指标',
              level2: '数量指标',
              level3: '短信送达数量',
              operator: '=',
              value: '72',
              unit: '万条',
              weight: '50',
            },
            {
              level1: '满意度指标',
              level2: '服务对象满意度指标',
              level3: '满意度',
              value: '≥90%',
              weight: '40',
            },
          ],
        })
        .expect(201);
      expect(created.body).toMatchObject({ version: 1, budget: '12.5' });
      expect(
        created.body.indicators.map((i: Record<string, unknown>) => [
          i.operator,
          i.targetAmount,
          i.unit,
          i.direction,
        ]),
      ).toEqual([
        ['=', '72', '万条', 'exact'],
        ['≥', '90', '%', 'positive'],
      ]);
      const id = created.body.id;
      const updated = await request(t.http)
        .patch(`/api/projects/${id}`)
        .set(admin)
        .send({ version: 1, budget: '13' })
        .expect(200);
      expect(updated.body).toMatchObject({ version: 2, budget: '13' });
      const stale = await request(t.http)
        .patch(`/api/projects/${id}`)
        .set(admin)
        .send({ version: 1, budget: '14' })
        .expect(409);
      expect(stale.body.code).toBe('PROJECT.STALE_VERSION');

      const indicatorId = created.body.indicators[0].id;
      await request(t.http)
        .patch(`/api/indicators/${indicatorId}`)
        .set(admin)
        .send({ version: 1, value: '80' })
        .expect(409);
      const changed = await request(t.http)
        .patch(`/api/indicators/${indicatorId}`)
        .set(admin)
        .send({ version: 2, value: '80' })
        .expect(200);
      expect(changed.body).toMatchObject({ operator: '=', targetAmount: '80', unit: '万条' });
      const added = await request(t.http)
        .post('/api/indicators')
        .set(admin)
        .send({
          projectId: id,
          version: 3,
          position: 0,
          level1: '产出指标',
          level2: '时效指标',
          level3: '完成时间',
          value: '2024年12月31日前',
        })
        .expect(201);
      expect(added.body).toMatchObject({ position: 0, targetKind: 'deadline' });
      const project = await request(t.http).get(`/api/projects/${id}`).set(admin).expect(200);
      expect(project.body.version).toBe(4);
      expect(project.body.indicators.map((i: { level3: string }) => i.level3)).toEqual([
        '完成时间',
        '短信送达数量',
        '满意度',
      ]);
      await request(t.http).delete(`/api/indicators/${added.body.id}?version=4`).set(admin).expect(204);
      await request(t.http).delete(`/api/projects/${id}?version=4`).set(admin).expect(409);
      await request(t.http).delete(`/api/projects/${id}?version=5`).set(admin).expect(204);
      await request(t.http).get(`/api/projects/${id}`).set(admin).expect(404);
    });

    it('refuses a second project with the same natural key (409) and names every bad field (400)', async () => {
      const [existing] = (
        await request(t.http)
          .get(`/api/projects?departmentId=${leshan.id}&q=51000021Y000000011490`)
          .set(admin)
          .expect(200)
      ).body.items;
      const duplicate = await request(t.http)
        .post('/api/projects')
        .set(admin)
        .send({
          departmentId: leshan.id,
          unitId: existing.unitId,
          fiscalYear: 2024,
          code: '51000021Y000000011490',
          name: '日常公用经费',
        })
        .expect(409);
      expect(duplicate.body.code).toBe('PROJECT.EXISTS');
      const invalid = await request(t.http)
        .post('/api/projects')
        .set(admin)
        .send({
          departmentId: 'x',
          fiscalYear: 'next',
          name: '',
          budget: '1.234',
          indicators: [{ level1: '产出指标' }],
        })
        .expect(400);
      const fields = invalid.body.details.fields.map((f: { field: string }) => f.field);
      expect(fields).toEqual(
        expect.arrayContaining([
          'departmentId',
          'fiscalYear',
          'name',
          'budget',
          'indicators.0.level2',
          'indicators[0].value',
        ]),
      );
    });

    it('manages departments and units: 409 on a taken code, 409 on deleting a department with projects', async () => {
      const taken = await request(t.http).get(`/api/departments/${leshan.id}`).set(admin).expect(200);
      await request(t.http)
        .post('/api/departments')
        .set(admin)
        .send({ code: taken.body.code, name: '重复' })
        .expect(409);
      const conflict = await request(t.http).delete(`/api/departments/${leshan.id}`).set(admin).expect(409);
      expect(conflict.body.code).toBe('DEPARTMENT.NOT_EMPTY');
      const unit = await request(t.http)
        .post('/api/units')
        .set(admin)
        .send({ departmentId: leshan.id, code: '315999', name: '新单位' })
        .expect(201);
      await request(t.http)
        .patch(`/api/units/${unit.body.id}`)
        .set(admin)
        .send({ name: '新单位（改名）' })
        .expect(200);
      await request(t.http).delete(`/api/units/${unit.body.id}`).set(admin).expect(204);
    });
  });
});
