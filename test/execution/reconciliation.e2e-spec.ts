import { Decimal } from '@jixiao/decimal';
import request from 'supertest';
import {
  createDepartment as createDepartmentByApi,
  Headers,
  importInto,
  seed,
} from '../targets/support/target-api';
import { createDepartment } from './support/execution-data';
import { createExecutionTestApp, ExecutionTestApp } from './support/execution-test-app';

/**
 * UNRECONCILED (合计核对): the projects' budgets against the totals the documents state, for the department
 * (`开展绩效管理的项目 27 个，涉及预算 1672.81 万元`, line 1085) and for each unit (Leshan's 部门收入总表, lines
 * 166–168). Leshan's 27 projects add up to 1672.83: 机关 782.21 against 782.20, 事务中心 810.38 against 810.37,
 * 结算中心 80.24 as stated.
 */
describe('reconciliation of project budgets with the stated department and unit totals', () => {
  let t: ExecutionTestApp;
  let admin: Headers;

  beforeAll(async () => {
    t = await createExecutionTestApp();
    t.clock.setToday('2024-05-10');
    admin = await t.as('admin');
  });
  afterAll(() => t.close());

  const flags = async (headers: Headers, query: Record<string, string>) =>
    (await request(t.http).get('/api/execution/flags').query(query).set(headers).expect(200)).body.items;
  const statedTotals = async (headers: Headers, departmentId: string, year = 2024) =>
    (
      await request(t.http)
        .get(`/api/departments/${departmentId}/stated-totals/${year}`)
        .set(headers)
        .expect(200)
    ).body;

  describe('the Leshan 2024 budget, imported', () => {
    let departmentId: string;
    let manager: Headers;
    let units: Record<string, string>;

    beforeAll(async () => {
      departmentId = (await createDepartmentByApi(t, admin, '乐山市医疗保障局')).id;
      const { commit } = await importInto(
        t,
        admin,
        departmentId,
        'leshan-2024-budget.txt',
        seed('leshan-2024-budget.txt'),
      );
      expect(commit.changes.documents[0].statedTotals).toEqual({
        status: 'created',
        budget: '1672.81',
        units: 3,
      });
      manager = await t.as('manager', { departmentIds: [departmentId] });
      const view = await statedTotals(manager, departmentId);
      units = Object.fromEntries(
        view.units.map((u: { unit: { id: string; code: string } }) => [u.unit.code, u.unit.id]),
      );
    });

    it('keeps the stated totals beside the sums, with their lines', async () => {
      const view = await statedTotals(manager, departmentId);
      expect(view.department).toEqual({
        stated: { projects: 27, budget: '1672.81', source: 'import', sourceLine: 1085 },
        summed: { projects: 27, budget: '1672.83' },
      });
      expect(
        view.units.map(
          (u: {
            unit: { code: string };
            stated: { budget: string; sourceLine: number };
            summed: unknown;
          }) => [u.unit.code, u.stated.budget, u.stated.sourceLine, u.summed],
        ),
      ).toEqual([
        ['315001', '782.20', 166, { projects: 11, budget: '782.21' }],
        ['315302', '810.37', 167, { projects: 11, budget: '810.38' }],
        ['315303', '80.24', 168, { projects: 5, budget: '80.24' }],
      ]);
    });

    it('opens one flag for the department and one for each unit that is off, with both figures', async () => {
      const open = await flags(manager, { departmentId, code: 'UNRECONCILED', status: 'open' });
      const summary = open.map((f: { unit: { id: string } | null; figures: Record<string, unknown> }) => [
        f.unit?.id ?? null,
        f.figures.stated,
        f.figures.sum,
        f.figures.difference,
        f.figures.line,
      ]);
      expect(summary).toHaveLength(3);
      expect(summary).toEqual(
        expect.arrayContaining([
          [null, '1672.81', '1672.83', '0.02', 1085],
          [units['315001'], '782.20', '782.21', '0.01', 166],
          [units['315302'], '810.37', '810.38', '0.01', 167],
        ]),
      );
      const department = open.find((f: { unit: unknown }) => f.unit === null);
      expect(department).toEqual(
        expect.objectContaining({
          severity: 'minor',
          colour: 'yellow',
          project: null,
          message: expect.stringMatching(
            /^乐山市医疗保障局-.* 2024 年开展绩效管理的项目：27 项合计 1672\.83 万元，与所列 1672\.81 万元不符（差 0\.02 万元）$/,
          ),
          figures: expect.objectContaining({ items: 27, statedItems: 27 }),
        }),
      );
      const dashboard = await request(t.http)
        .get('/api/execution/dashboard')
        .query({ year: 2024, departmentId })
        .set(manager)
        .expect(200);
      expect(dashboard.body.total.flags.byCode).toEqual({ UNRECONCILED: 3 });
      const byUnit = Object.fromEntries(
        dashboard.body.groups.map((g: { id: string; flags: { byCode: Record<string, number> } }) => [
          g.id,
          g.flags.byCode,
        ]),
      );
      expect(byUnit[units['315001']]).toEqual({ UNRECONCILED: 1 });
      expect(byUnit[units['315303']]).toEqual({});
    });

    it("shows a unit's flag to the unit's staff, the department's to managers only", async () => {
      const evaluator = async (code: string) =>
        t.as('evaluator', { departmentIds: [departmentId], unitIds: [units[code]] });
      const own = await flags(await evaluator('315001'), { departmentId, code: 'UNRECONCILED' });
      expect(own.map((f: { unit: { id: string } }) => f.unit.id)).toEqual([units['315001']]);
      expect(await flags(await evaluator('315303'), { departmentId, code: 'UNRECONCILED' })).toEqual([]);
      await request(t.http)
        .get(`/api/departments/${departmentId}/stated-totals/2024`)
        .set(await evaluator('315001'))
        .expect(403);
    });

    it('the same document again changes nothing and opens nothing', async () => {
      const before = await flags(manager, { departmentId, code: 'UNRECONCILED' });
      const { commit } = await importInto(
        t,
        admin,
        departmentId,
        'leshan-2024-budget.txt',
        seed('leshan-2024-budget.txt'),
      );
      expect(commit.changes.unchanged).toBe(true);
      expect(commit.changes.documents[0].statedTotals).toEqual({
        status: 'unchanged',
        budget: '1672.81',
        units: 3,
      });
      expect(await flags(manager, { departmentId, code: 'UNRECONCILED' })).toEqual(before);
    });

    it('a budget edit that makes a unit agree closes its flag in the same request; the department moves with it', async () => {
      const projects = (
        await request(t.http)
          .get('/api/projects')
          .query({ departmentId, unitId: units['315001'], year: 2024, pageSize: 100 })
          .set(manager)
          .expect(200)
      ).body.items;
      const project = projects.find((p: { budget: string }) => p.budget === '200.00') ?? projects[0];
      const { version, budget } = (
        await request(t.http).get(`/api/projects/${project.id}`).set(manager).expect(200)
      ).body;
      await request(t.http)
        .patch(`/api/projects/${project.id}`)
        .set(manager)
        .send({ version, budget: Decimal.parse(budget).sub(Decimal.parse('0.01')).toFixed(2) })
        .expect(200);

      const unitFlags = await flags(manager, { departmentId, unitId: units['315001'], code: 'UNRECONCILED' });
      expect(unitFlags).toEqual([
        expect.objectContaining({ status: 'closed', closingNote: expect.stringContaining('已自动关闭') }),
      ]);
      const department = (await flags(manager, { departmentId, code: 'UNRECONCILED', status: 'open' })).find(
        (f: { unit: unknown }) => f.unit === null,
      );
      expect(department.figures).toEqual(
        expect.objectContaining({ stated: '1672.81', sum: '1672.82', difference: '0.01' }),
      );
    });

    it('a reviewer closes a unit flag and it stays closed while the finding is the same', async () => {
      const [flag] = await flags(manager, {
        departmentId,
        unitId: units['315302'],
        code: 'UNRECONCILED',
        status: 'open',
      });
      await request(t.http)
        .post(`/api/execution/flags/${flag.id}/close`)
        .set(manager)
        .send({ note: '决算时据实调整' })
        .expect(200);
      const refreshed = await request(t.http)
        .post('/api/execution/flags/refresh')
        .set(manager)
        .send({ departmentId, year: 2024 })
        .expect(200);
      expect(refreshed.body.opened).toEqual([]);
      expect(await flags(manager, { departmentId, unitId: units['315302'], code: 'UNRECONCILED' })).toEqual([
        expect.objectContaining({ id: flag.id, status: 'closed', closingNote: '决算时据实调整' }),
      ]);
    });
  });

  describe('totals entered by a manager (a template import states none)', () => {
    it('opens and closes flags in the PUT transaction; refuses bad input naming the field, writing nothing', async () => {
      const data = await createDepartment(
        t.dataSource,
        2024,
        [
          { name: '城乡医疗救助补助资金', budget: '1236.78', unit: 0 },
          { name: '医疗保障信息化建设', budget: '436.05', unit: 1 },
        ],
        3,
      );
      const departmentId = data.department.id;
      const [first, second, empty] = data.units.map((u) => u.id);
      const manager = await t.as('manager', { departmentIds: [departmentId] });
      const put = (headers: Headers, body: object) =>
        request(t.http).put(`/api/departments/${departmentId}/stated-totals/2024`).set(headers).send(body);

      expect((await statedTotals(manager, departmentId)).department).toEqual({
        stated: null,
        summed: { projects: 2, budget: '1672.83' },
      });
      expect(await flags(manager, { departmentId, code: 'UNRECONCILED' })).toEqual([]);

      const saved = await put(manager, {
        budget: '1672.81',
        projects: 2,
        units: [
          { unitId: first, budget: '1236.78' },
          { unitId: second, budget: '436.03' },
          { unitId: empty, budget: '5.00' }, // a unit with no project: 0.00 against 5.00
        ],
      }).expect(200);
      expect(saved.body.department.stated).toEqual({
        projects: 2,
        budget: '1672.81',
        source: 'entered',
        sourceLine: null,
      });
      expect(
        saved.body.units.map((u: { unit: { id: string }; stated: { budget: string } }) => [
          u.unit.id,
          u.stated.budget,
        ]),
      ).toEqual(
        expect.arrayContaining([
          [first, '1236.78'],
          [second, '436.03'],
        ]),
      );
      const open = await flags(manager, { departmentId, code: 'UNRECONCILED', status: 'open' });
      expect(
        open.map((f: { unit: { id: string } | null; figures: { difference: string } }) => [
          f.unit?.id ?? null,
          f.figures.difference,
        ]),
      ).toEqual(
        expect.arrayContaining([
          [null, '0.02'],
          [second, '0.02'],
          [empty, '-5.00'],
        ]),
      );
      expect(open).toHaveLength(3);

      const other = await createDepartment(t.dataSource, 2024, [{ name: '其他', budget: '1' }]);
      const refusals: [object, string][] = [
        [{ budget: '-1.00', units: [] }, 'budget'],
        [{ budget: '1.005', units: [] }, 'budget'],
        [{ projects: 2, units: [] }, 'projects'],
        [{ units: [{ unitId: other.units[0].id, budget: '1.00' }] }, 'units[0].unitId'],
        [
          {
            units: [
              { unitId: first, budget: '1.00' },
              { unitId: first, budget: '2.00' },
            ],
          },
          'units[1].unitId',
        ],
        [{ units: [{ unitId: first, budget: '-0.01' }] }, 'units[0].budget'],
      ];
      const badYear = await request(t.http)
        .get(`/api/departments/${departmentId}/stated-totals/1999`)
        .set(manager)
        .expect(400);
      expect(badYear.body).toEqual(expect.objectContaining({ code: 'STATED_TOTALS.INVALID' }));
      for (const [body, field] of refusals) {
        const refused = await put(manager, body).expect(400);
        expect(JSON.stringify(refused.body)).toContain(field);
      }
      expect((await statedTotals(manager, departmentId)).department.stated.budget).toBe('1672.81');
      expect(await flags(manager, { departmentId, code: 'UNRECONCILED', status: 'open' })).toHaveLength(3);

      // Deleting the unit takes its stated total along, and closes its flag in the same transaction.
      await request(t.http).delete(`/api/units/${empty}`).set(manager).expect(204);
      expect(await flags(manager, { departmentId, code: 'UNRECONCILED', status: 'open' })).toHaveLength(2);
      expect(
        (await statedTotals(manager, departmentId)).units.map((u: { unit: { id: string } }) => u.unit.id),
      ).not.toContain(empty);

      await put(await t.as('evaluator', { departmentIds: [departmentId], unitIds: [first] }), {
        units: [],
      }).expect(403);
      await put(await t.as('manager', { departmentIds: [other.department.id] }), { units: [] }).expect(404);

      await put(manager, { units: [] }).expect(200);
      expect(await flags(manager, { departmentId, code: 'UNRECONCILED', status: 'open' })).toEqual([]);
      expect(await flags(manager, { departmentId, code: 'UNRECONCILED', status: 'closed' })).toHaveLength(3);
      const [entry] = await t.dataSource.query(
        `SELECT action, object_id AS "objectId" FROM audit_entry WHERE action = 'STATED_TOTALS.PUT' AND object_id = $1
          ORDER BY at DESC LIMIT 1`,
        [departmentId],
      );
      expect(entry).toEqual({ action: 'STATED_TOTALS.PUT', objectId: departmentId });
    });
  });
});
