import { Decimal } from '@jixiao/decimal';
import { DepartmentTarget } from '@jixiao/targets';
import request from 'supertest';
import { createDepartment } from './support/execution-data';
import { createExecutionTestApp, ExecutionTestApp } from './support/execution-test-app';

/**
 * UNRECONCILED: the projects' budgets against the department-wide table's 资金总额 (the targets module
 * keeps no total stated in the prose). Leshan's items add up to 1672.83 against a stated 1672.81.
 */
describe('reconciliation of project budgets with the department total', () => {
  let t: ExecutionTestApp;

  beforeAll(async () => {
    t = await createExecutionTestApp();
    t.clock.setToday('2024-05-10');
  });
  afterAll(() => t.close());

  it('flags a difference with both figures, for managers only; clears it when the total agrees', async () => {
    const data = await createDepartment(t.dataSource, 2024, [
      { name: '城乡医疗救助补助资金', budget: '1236.78' },
      { name: '医疗保障信息化建设', budget: '436.05' },
    ]);
    const target = await t.dataSource.getRepository(DepartmentTarget).save({
      departmentId: data.department.id,
      fiscalYear: 2024,
      budget: Decimal.parse('1672.81'),
      fiscalBudget: null,
      otherBudget: null,
      goal: null,
    });
    const manager = await t.as('manager', { departmentIds: [data.department.id] });
    const evaluator = await t.as('evaluator', {
      departmentIds: [data.department.id],
      unitIds: [data.units[0].id],
    });

    const refreshed = await request(t.http)
      .post('/api/execution/flags/refresh')
      .set(manager)
      .send({ departmentId: data.department.id, fiscalYear: 2024 })
      .expect(200);
    expect(refreshed.body.opened).toEqual([
      expect.objectContaining({ code: 'UNRECONCILED', projectId: null, severity: 'minor', colour: 'yellow' }),
    ]);

    const list = await request(t.http)
      .get('/api/execution/flags')
      .query({ departmentId: data.department.id, code: 'UNRECONCILED' })
      .set(manager)
      .expect(200);
    expect(list.body.items).toEqual([
      expect.objectContaining({
        project: null,
        unit: null,
        figures: expect.objectContaining({ stated: '1672.81', sum: '1672.83', difference: '0.02', items: 2 }),
      }),
    ]);
    expect(
      (
        await request(t.http)
          .get('/api/execution/flags')
          .query({ code: 'UNRECONCILED', departmentId: data.department.id })
          .set(evaluator)
          .expect(200)
      ).body.total,
    ).toBe(0);
    const dashboard = await request(t.http)
      .get('/api/execution/dashboard')
      .query({ fiscalYear: 2024, departmentId: data.department.id })
      .set(manager)
      .expect(200);
    expect(dashboard.body.total.flags.byCode).toEqual({ UNRECONCILED: 1 });

    await t.dataSource
      .getRepository(DepartmentTarget)
      .update(target.id, { budget: Decimal.parse('1672.83') });
    const again = await request(t.http)
      .post('/api/execution/flags/refresh')
      .set(manager)
      .send({ departmentId: data.department.id, fiscalYear: 2024 })
      .expect(200);
    expect(again.body.closed).toEqual([expect.objectContaining({ code: 'UNRECONCILED', status: 'closed' })]);
    await request(t.http)
      .post('/api/execution/flags/refresh')
      .set(evaluator)
      .send({ departmentId: data.department.id, fiscalYear: 2024 })
      .expect(403);
  });
});
