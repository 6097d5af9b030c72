import { SICHUAN_2025_RULE_SET } from '@jixiao/monitoring';
import request from 'supertest';
import { createDepartment, TestDepartment } from './support/execution-data';
import { createExecutionTestApp, ExecutionTestApp } from './support/execution-test-app';
import { binaryBody } from '../support/binary-body';

// Jinkouhe 2023 self-evaluation (第四部分), money blocks: 全年预算数 / 全年执行数 → 预算执行率.
const JINKOUHE = [
  {
    name: '驻村工作队队员补助',
    budget: '1.5',
    executed: '0.85',
    rate: '56.7',
    codes: ['REASON_MISSING', 'UNDER_EXECUTED'],
    severity: 'severe',
  },
  {
    name: '征地农转非城镇职工医疗保险补助',
    budget: '5',
    executed: '0',
    rate: '0.0',
    codes: ['REASON_MISSING', 'UNDER_EXECUTED'],
    severity: 'severe',
  },
  {
    name: '征地农转非城乡居民医疗保险财政补助',
    budget: '15',
    executed: '10.24',
    rate: '68.3',
    codes: ['REASON_MISSING', 'UNDER_EXECUTED'],
    severity: 'moderate',
  },
  {
    name: '建国初期退休人员门诊医疗补助资金',
    budget: '2',
    executed: '0.4',
    rate: '20.0',
    codes: ['REASON_MISSING', 'UNDER_EXECUTED'],
    severity: 'severe',
  },
  {
    name: '医保基金监督举报奖励经费',
    budget: '1',
    executed: '0',
    rate: '0.0',
    codes: ['REASON_MISSING', 'UNDER_EXECUTED'],
    severity: 'severe',
  },
  {
    name: '建国初期退休人员住院医疗补助资金',
    budget: '4',
    executed: '0',
    rate: '0.0',
    codes: ['REASON_MISSING', 'UNDER_EXECUTED'],
    severity: 'severe',
  },
  {
    name: '城乡居民医疗保险区财政补助',
    budget: '140',
    executed: '135.22',
    rate: '96.6',
    codes: ['UNDER_EXECUTED'],
    severity: 'minor',
  },
  {
    name: '城镇18周岁以上低保三无人员和尘肺病患者医疗',
    budget: '2.5',
    executed: '2.77',
    rate: '110.8',
    codes: ['OVER_EXECUTED'],
    severity: 'moderate',
  },
];

describe('Jinkouhe 2023 year end through the API (Sichuan rules)', () => {
  let t: ExecutionTestApp;
  let data: TestDepartment;
  let manager: { Authorization: string };
  let evaluator: { Authorization: string };
  const projectId = (name: string) => data.projects.find((p) => p.name === name)!.id;

  beforeAll(async () => {
    t = await createExecutionTestApp();
    t.clock.setToday('2024-03-20');
    data = await createDepartment(t.dataSource, 2023, JINKOUHE);
    manager = await t.as('manager', { departmentIds: [data.department.id] });
    evaluator = await t.as('evaluator', { departmentIds: [data.department.id], unitIds: [data.units[0].id] });
    await request(t.http)
      .put(`/api/execution/rule-sets/${data.department.id}/2023`)
      .set(manager)
      .send({ ...SICHUAN_2025_RULE_SET, departmentCode: null, fiscalYear: null })
      .expect(200);
    // A mid-year report, then the year-end figures in one bulk request.
    await request(t.http)
      .post('/api/execution/records/bulk')
      .set(evaluator)
      .send({
        records: JINKOUHE.map((p) => ({ projectId: projectId(p.name), asOf: '2023-06-30', executed: '0' })),
      })
      .expect(201);
    const res = await request(t.http)
      .post('/api/execution/records/bulk')
      .set(evaluator)
      .send({
        records: JINKOUHE.map((p) => ({
          projectId: projectId(p.name),
          asOf: '2023-12-31',
          executed: p.executed,
        })),
      })
      .expect(201);
    expect(res.body.records).toHaveLength(8);
  });

  afterAll(() => t.close());

  it.each(JINKOUHE)('$name: $budget / $executed → $rate % $codes', async (p) => {
    const res = await request(t.http)
      .get('/api/execution/flags')
      .query({ projectId: projectId(p.name), status: 'open', sort: 'code', order: 'asc' })
      .set(manager)
      .expect(200);
    expect(res.body.items.map((f: { code: string }) => f.code)).toEqual(p.codes);
    const main = res.body.items.find((f: { code: string }) => f.code !== 'REASON_MISSING');
    expect(main).toMatchObject({
      rate: p.rate,
      severity: p.severity,
      figures: { budget: expect.any(String), executed: expect.any(String), rate: p.rate },
    });
  });

  it('the dashboard sums the department and its unit in SQL: 171 budgeted, 149.48 executed, 87.4 %', async () => {
    const res = await request(t.http)
      .get('/api/execution/dashboard')
      .query({ year: 2023, departmentId: data.department.id })
      .set(manager)
      .expect(200);
    const expected = {
      projects: 8,
      projectsWithRecords: 8,
      budget: '171',
      executed: '149.48',
      rate: '87.4',
      flags: {
        total: 14,
        byCode: { UNDER_EXECUTED: 7, REASON_MISSING: 6, OVER_EXECUTED: 1 },
        byColour: { red: 5, yellow: 9 },
      },
    };
    expect(res.body.total).toMatchObject(expected);
    expect(res.body.groups).toEqual([
      expect.objectContaining({ id: data.units[0].id, name: data.units[0].name, ...expected }),
    ]);

    const province = await request(t.http)
      .get('/api/execution/dashboard')
      .query({ year: 2023 })
      .set(manager)
      .expect(200);
    expect(province.body.groupedBy).toBe('department');
    expect(province.body.groups).toEqual([
      expect.objectContaining({ id: data.department.id, budget: '171', executed: '149.48' }),
    ]);
  });

  it('an evaluator answers 驻村 with the printed reason; REASON_MISSING closes itself; a manager closes the shortfall', async () => {
    const list = await request(t.http)
      .get('/api/execution/flags')
      .query({ projectId: projectId('驻村工作队队员补助'), code: 'UNDER_EXECUTED' })
      .set(evaluator)
      .expect(200);
    const flag = list.body.items[0];

    const tooLong = await request(t.http)
      .post(`/api/execution/flags/${flag.id}/answer`)
      .set(evaluator)
      .send({ reason: '驻'.repeat(101), measure: '取消' })
      .expect(400);
    expect(tooLong.body).toMatchObject({
      code: 'FLAG.REASON_TOO_LONG',
      details: { length: 101, maxLength: 100 },
    });
    const badMeasure = await request(t.http)
      .post(`/api/execution/flags/${flag.id}/answer`)
      .set(evaluator)
      .send({ reason: '原因', measure: '拖延' })
      .expect(400);
    expect(badMeasure.body.details.fields.map((f: { field: string }) => f.field)).toEqual(['measure']);

    const answered = await request(t.http)
      .post(`/api/execution/flags/${flag.id}/answer`)
      .set(evaluator)
      .send({ reason: '驻村工作时间只持续到2023年8月结束', measure: '取消' })
      .expect(200);
    expect(answered.body.flag).toMatchObject({
      status: 'answered',
      reason: '驻村工作时间只持续到2023年8月结束',
      measure: '取消',
    });
    expect(answered.body.changes.closed).toEqual([
      expect.objectContaining({ code: 'REASON_MISSING', projectId: projectId('驻村工作队队员补助') }),
    ]);

    await request(t.http).post(`/api/execution/flags/${flag.id}/close`).set(evaluator).send({}).expect(403);
    const closed = await request(t.http)
      .post(`/api/execution/flags/${flag.id}/close`)
      .set(manager)
      .send({ note: '项目已结束，同意' })
      .expect(200);
    expect(closed.body).toMatchObject({
      status: 'closed',
      closingNote: '项目已结束，同意',
      reason: '驻村工作时间只持续到2023年8月结束',
    });
    await request(t.http).post(`/api/execution/flags/${flag.id}/close`).set(manager).send({}).expect(409);

    // The same figures recorded again: the reviewer's close holds, nothing reopens.
    const again = await request(t.http)
      .post('/api/execution/records')
      .set(evaluator)
      .send({ projectId: projectId('驻村工作队队员补助'), asOf: '2023-12-31', executed: '0.85' })
      .expect(201);
    expect(again.body.flags).toEqual({ opened: [], updated: [], closed: [] });
    // A new figure is a new finding.
    const changed = await request(t.http)
      .post('/api/execution/records')
      .set(evaluator)
      .send({ projectId: projectId('驻村工作队队员补助'), asOf: '2023-12-31', executed: '0.9' })
      .expect(201);
    expect(changed.body.flags.opened).toEqual([
      expect.objectContaining({ code: 'UNDER_EXECUTED', status: 'open' }),
    ]);
  });

  it('the year-end amounts of the self-evaluation come in through the service and replace the 31 December figure', async () => {
    const { ExecutionRecordsService } = await import('@jixiao/execution');
    const result = await t.app
      .get(ExecutionRecordsService)
      .recordYearEnd({ projectId: projectId('城乡居民医疗保险区财政补助'), executed: '140', reason: null });
    expect(result.records).toEqual([
      expect.objectContaining({ asOf: '2023-12-31', source: 'self-evaluation' }),
    ]);
    expect(result.flags.closed).toEqual([expect.objectContaining({ code: 'UNDER_EXECUTED' })]);
  });

  it("a project's history lists its records with their rates and where it stands", async () => {
    const res = await request(t.http)
      .get(`/api/execution/projects/${projectId('城镇18周岁以上低保三无人员和尘肺病患者医疗')}/history`)
      .set(evaluator)
      .expect(200);
    expect(res.body.records.map((r: { asOf: string; rate: string }) => [r.asOf, r.rate])).toEqual([
      ['2023-06-30', '0.0'],
      ['2023-12-31', '110.8'],
    ]);
    expect(res.body.current).toMatchObject({ yearEnd: true, rate: '110.8' });
    expect(res.body.ruleSet).toMatchObject({ id: 'sichuan-2025', source: 'stored' });
    expect(res.body.flags.map((f: { code: string }) => f.code)).toEqual(['OVER_EXECUTED']);
  });

  it('exports the flag list (csv) and the records (xlsx), and imports the records back unchanged', async () => {
    const csv = await request(t.http)
      .get('/api/execution/flags/export')
      .query({ departmentId: data.department.id, format: 'csv', status: 'open' })
      .set(manager)
      .expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const text = csv.text.replace(/^\uFEFF/, '');
    expect(text.split('\r\n')[0]).toBe(
      '部门,单位,项目编码,项目名称,年度,预警代码,级别,颜色,执行率(%),说明,状态,原因说明,整改措施,关闭说明',
    );
    expect(text).toContain('城镇18周岁以上低保三无人员和尘肺病患者医疗,2023,OVER_EXECUTED,moderate,黄,110.8');

    const xlsx = await request(t.http)
      .get('/api/execution/records/export')
      .query({ departmentId: data.department.id, year: 2023 })
      .set(manager)
      .buffer(true)
      .parse(binaryBody)
      .expect(200);
    const before = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM execution_record WHERE project_id = ANY($1)',
      [data.projects.map((p) => p.id)],
    );
    const imported = await request(t.http)
      .post('/api/execution/records/import')
      .set(evaluator)
      .attach('file', xlsx.body as Buffer, 'execution.xlsx')
      .expect(201);
    expect(imported.body.records).toHaveLength(16);
    expect(imported.body.flags).toEqual({ opened: [], updated: [], closed: [] });
    const after = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM execution_record WHERE project_id = ANY($1)',
      [data.projects.map((p) => p.id)],
    );
    expect(after).toEqual(before);
  });
});
