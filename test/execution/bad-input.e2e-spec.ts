import { randomUUID } from 'crypto';
import request from 'supertest';
import { countRows, createDepartment, TestDepartment } from './support/execution-data';
import { createExecutionTestApp, ExecutionTestApp } from './support/execution-test-app';

/** Refused input: a clear 4xx naming the field or row, and nothing written. */
describe('execution records: bad input changes nothing', () => {
  let t: ExecutionTestApp;
  let data: TestDepartment;
  let other: TestDepartment;
  let evaluator: { Authorization: string };
  let manager: { Authorization: string };
  let ids: string[];

  beforeAll(async () => {
    t = await createExecutionTestApp();
    t.clock.setToday('2024-09-10');
    data = await createDepartment(t.dataSource, 2024, [
      { name: '驻村工作队队员补助', budget: '1.5' },
      { name: '医保基金监督举报奖励经费', budget: '1' },
    ]);
    other = await createDepartment(t.dataSource, 2024, [{ name: '他部门项目', budget: '10' }]);
    evaluator = await t.as('evaluator', { departmentIds: [data.department.id], unitIds: [data.units[0].id] });
    manager = await t.as('manager', { departmentIds: [data.department.id] });
    ids = data.projects.map((p) => p.id);
    await request(t.http)
      .post('/api/execution/records')
      .set(evaluator)
      .send({ projectId: ids[0], asOf: '2024-06-30', executed: '0.5' })
      .expect(201);
  });
  afterAll(() => t.close());

  const good = () => ({ projectId: ids[1], asOf: '2024-08-31', executed: '0.3' });

  // a record in a bulk request with one good row → status, row problem code, field
  it.each([
    [
      'a date outside the fiscal year',
      { asOf: '2023-12-31', executed: '0.6' },
      'DATE_OUTSIDE_FISCAL_YEAR',
      'asOf',
    ],
    ['a date that does not exist', { asOf: '2024-02-30', executed: '0.6' }, 'INVALID_DATE', 'asOf'],
    ['a date after today', { asOf: '2024-09-11', executed: '0.6' }, 'DATE_IN_FUTURE', 'asOf'],
    [
      'a cumulative amount that decreases',
      { asOf: '2024-07-31', executed: '0.49' },
      'CUMULATIVE_DECREASE',
      'executed',
    ],
    [
      'an earlier date above a later record',
      { asOf: '2024-05-31', executed: '0.51' },
      'CUMULATIVE_DECREASE',
      'executed',
    ],
    ['a negative amount', { asOf: '2024-07-31', executed: '-0.6' }, 'NEGATIVE_AMOUNT', 'executed'],
    [
      'a negative adjusted budget',
      { asOf: '2024-07-31', executed: '0.6', adjustedBudget: '-1' },
      'NEGATIVE_AMOUNT',
      'adjustedBudget',
    ],
    ['three decimals of 万元', { asOf: '2024-07-31', executed: '0.605' }, 'INVALID_AMOUNT', 'executed'],
    [
      'an unknown project',
      { projectId: '00000000-0000-4000-8000-000000000000', asOf: '2024-07-31', executed: '0.6' },
      'PROJECT_NOT_FOUND',
      'projectId',
    ],
    [
      'a project of another department',
      { projectId: 'OTHER', asOf: '2024-07-31', executed: '0.6' },
      'PROJECT_NOT_FOUND',
      'projectId',
    ],
  ])('%s → 400 naming row 2, nothing written', async (_case, row, code, field) => {
    const before = await countRows(t.dataSource, ids);
    const bad = {
      projectId: ids[0],
      ...row,
      ...('projectId' in row && row.projectId === 'OTHER' ? { projectId: other.projects[0].id } : {}),
    };
    const res = await request(t.http)
      .post('/api/execution/records/bulk')
      .set(evaluator)
      .send({ records: [good(), bad] })
      .expect(400);
    expect(res.body).toMatchObject({
      code: 'EXECUTION.INVALID_RECORDS',
      details: { rows: [expect.objectContaining({ index: 1, code, field })] },
    });
    expect(res.body.details.rows).toHaveLength(1);
    expect(res.body.message).toMatch(/^执行记录有 1 处错误，未写入任何数据/);
    expect(await countRows(t.dataSource, ids)).toEqual(before);
  });

  it('every bad row is named at once; two figures for one day are refused', async () => {
    const before = await countRows(t.dataSource, ids);
    const res = await request(t.http)
      .post('/api/execution/records/bulk')
      .set(evaluator)
      .send({
        records: [
          { projectId: ids[0], asOf: '2025-01-01', executed: '1' },
          good(),
          { ...good(), executed: '0.4' },
          { projectId: ids[0], asOf: '2024-07-31', executed: '0.605' },
        ],
      })
      .expect(400);
    expect(res.body.details.rows.map((r: { index: number; code: string }) => [r.index, r.code])).toEqual([
      [0, 'DATE_OUTSIDE_FISCAL_YEAR'],
      [2, 'DUPLICATE_DATE'],
      [3, 'INVALID_AMOUNT'],
    ]);
    expect(await countRows(t.dataSource, ids)).toEqual(before);
  });

  it.each([
    ['missing fields', {}, ['projectId', 'asOf', 'executed']],
    ['a number for an amount', { projectId: randomUUID(), asOf: '2024-07-31', executed: 0.6 }, ['executed']],
    ['a date in another format', { projectId: randomUUID(), asOf: '2024/07/31', executed: '0.6' }, ['asOf']],
    [
      'an unknown field',
      { projectId: randomUUID(), asOf: '2024-07-31', executed: '0.6', amount: '1' },
      ['amount'],
    ],
  ])('the request shape: %s → 400 naming %j', async (_case, body, fields) => {
    const res = await request(t.http).post('/api/execution/records').set(evaluator).send(body).expect(400);
    expect(res.body.code).toBe('VALIDATION.FAILED');
    expect(res.body.details.fields.map((f: { field: string }) => f.field)).toEqual(fields);
  });

  it('a bulk request names the bad field of each row', async () => {
    const res = await request(t.http)
      .post('/api/execution/records/bulk')
      .set(evaluator)
      .send({ records: [good(), { projectId: 'x', asOf: '2024-07-31', executed: '1' }] })
      .expect(400);
    expect(res.body.details.fields.map((f: { field: string }) => f.field)).toEqual(['records[1].projectId']);
    await request(t.http)
      .post('/api/execution/records/bulk')
      .set(evaluator)
      .send({ records: [] })
      .expect(400);
  });

  it('a single record for an unknown or out-of-scope project is a 404', async () => {
    const before = await countRows(t.dataSource, ids);
    for (const projectId of [randomUUID(), other.projects[0].id]) {
      const res = await request(t.http)
        .post('/api/execution/records')
        .set(evaluator)
        .send({ projectId, asOf: '2024-07-31', executed: '1' })
        .expect(404);
      expect(res.body.code).toBe('PROJECT.NOT_FOUND');
    }
    await request(t.http)
      .get(`/api/execution/projects/${other.projects[0].id}/history`)
      .set(evaluator)
      .expect(404);
    expect(await countRows(t.dataSource, ids)).toEqual(before);
  });

  it('a spreadsheet with a bad row names its sheet row and writes nothing', async () => {
    const before = await countRows(t.dataSource, ids);
    const csv = [
      '项目ID,项目名称,截至日期,累计执行数（万元）',
      `${ids[1]},举报奖励,2024-08-31,0.3`,
      `${ids[0]},驻村,2024-08-31,0.4`,
    ].join('\r\n');
    const res = await request(t.http)
      .post('/api/execution/records/import')
      .set(evaluator)
      .attach('file', Buffer.from(csv), 'execution.csv')
      .expect(400);
    expect(res.body.details.rows).toEqual([expect.objectContaining({ row: 3, code: 'CUMULATIVE_DECREASE' })]);
    expect(res.body.message).toContain('第 3 行');
    const noColumn = await request(t.http)
      .post('/api/execution/records/import')
      .set(evaluator)
      .attach('file', Buffer.from('项目ID,金额\r\nx,1'), 'x.csv')
      .expect(400);
    expect(noColumn.body.details.rows.map((r: { field: string }) => r.field)).toEqual([
      '截至日期',
      '累计执行数（万元）',
    ]);
    expect(await countRows(t.dataSource, ids)).toEqual(before);
  });

  it('rule sets: thresholds are validated and named; only managers may change them; other departments are 404', async () => {
    const path = `/api/execution/rule-sets/${data.department.id}/2024`;
    const current = (await request(t.http).get(path).set(evaluator).expect(200)).body;
    expect(current).toMatchObject({ source: 'default', ruleSet: { id: 'time-progress-light' } });
    const bands = [
      { colour: 'red', below: '80', severity: 'severe' },
      { colour: 'yellow', below: '60', severity: 'moderate' },
    ];
    const res = await request(t.http)
      .put(path)
      .set(manager)
      .send({ ...current.ruleSet, inYear: { ...current.ruleSet.inYear, light: { bands } } })
      .expect(400);
    expect(res.body).toMatchObject({ code: 'RULE_SET.INVALID', details: { field: 'inYear.light.bands' } });
    const numeric = await request(t.http)
      .put(path)
      .set(manager)
      .send({
        ...current.ruleSet,
        yearEnd: { ...current.ruleSet.yearEnd, overExecuted: { above: 100, severity: 'moderate' } },
      })
      .expect(400);
    expect(numeric.body.details.field).toBe('yearEnd.overExecuted.above');
    await request(t.http).put(path).set(evaluator).send(current.ruleSet).expect(403);
    await request(t.http)
      .get(`/api/execution/rule-sets/${other.department.id}/2024`)
      .set(manager)
      .expect(404);
    expect((await request(t.http).get(path).set(manager).expect(200)).body.source).toBe('default');
  });

  it('flags out of scope are 404; a closed flag cannot be answered', async () => {
    const outsider = await t.as('manager', { departmentIds: [other.department.id] });
    const flags = (
      await request(t.http).get('/api/execution/flags').query({ projectId: ids[0] }).set(manager).expect(200)
    ).body.items;
    expect(flags.length).toBeGreaterThan(0);
    expect(
      (
        await request(t.http)
          .get('/api/execution/flags')
          .query({ projectId: ids[0] })
          .set(outsider)
          .expect(200)
      ).body,
    ).toMatchObject({ items: [], total: 0 });
    await request(t.http)
      .post(`/api/execution/flags/${flags[0].id}/close`)
      .set(outsider)
      .send({})
      .expect(404);
    await request(t.http)
      .post(`/api/execution/flags/${flags[0].id}/answer`)
      .set(outsider)
      .send({ reason: 'x', measure: '调剂' })
      .expect(404);
    await request(t.http)
      .get('/api/execution/dashboard')
      .query({ fiscalYear: 2024, departmentId: data.department.id })
      .set(outsider)
      .expect(404);
    await request(t.http).post(`/api/execution/flags/${flags[0].id}/close`).set(manager).send({}).expect(200);
    const res = await request(t.http)
      .post(`/api/execution/flags/${flags[0].id}/answer`)
      .set(evaluator)
      .send({ reason: 'x', measure: '调剂' })
      .expect(409);
    expect(res.body.code).toBe('FLAG.CLOSED');
  });
});
