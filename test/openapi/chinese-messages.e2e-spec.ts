import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { createTestUser } from '../support/auth';
import { createTestApp, TestApp, uniqueSuffix } from '../support/test-app';

interface ErrorBody {
  code: string;
  message: string;
  details: { fields?: { field: string; messages: string[] }[]; field?: string | null };
}

/**
 * What a person reads (the message and every field's messages) is Chinese. Allowed in it: the fields' names
 * as sent (`rows[1].actual`), the values a field accepts (codes such as `in-app`), formats (UUID, ISO 8601,
 * YYYY-MM-DD) and what the caller typed.
 */
function englishWords(body: ErrorBody): string[] {
  const fields = [
    ...(body.details.fields ?? []).map((f) => f.field),
    ...(body.details.field ? [body.details.field] : []),
  ];
  return [body.message, ...(body.details.fields ?? []).flatMap((f) => f.messages)].flatMap((text) => {
    let rest = text.replace(/以下之一：.*$/, '').replace(/\b(UUID|ISO|YYYY-MM-DD|true|false|https?)\b/g, '');
    for (const field of fields) rest = rest.split(field).join('');
    rest = rest.replace(/rows\[\d+\]|position \d+/g, '').replace(/“[^”]*”|"[^"]*"/g, '');
    return rest.match(/[A-Za-z]{2,}/g) ?? [];
  });
}

describe('messages people read are Chinese (English only with Accept-Language: en)', () => {
  let t: TestApp;
  let admin: { Authorization: string };
  let evaluator: { Authorization: string };
  let evaluationId: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = (await createTestUser(t, { role: 'admin' })).headers;
    const suffix = uniqueSuffix();
    const department = await request(t.http)
      .post('/api/departments')
      .set(admin)
      .send({ name: `语言测试部门-${suffix}` })
      .expect(201);
    const unit = await request(t.http)
      .post('/api/units')
      .set(admin)
      .send({ departmentId: department.body.id, name: `语言测试单位-${suffix}` })
      .expect(201);
    const project = await request(t.http)
      .post('/api/projects')
      .set(admin)
      .send({
        departmentId: department.body.id,
        unitId: unit.body.id,
        fiscalYear: 2023,
        name: '驻村工作队队员补助',
        budget: '1.5',
        indicators: [
          { level1: '产出指标', level2: '数量指标', level3: '驻村工作人员人数', value: '≥1人', weight: '90' },
        ],
      })
      .expect(201);
    evaluator = (await createTestUser(t, { role: 'evaluator', unitIds: [unit.body.id] })).headers;
    evaluationId = (
      await request(t.http)
        .post(`/api/projects/${project.body.id}/evaluation`)
        .set(evaluator)
        .send({})
        .expect(201)
    ).body.id;
  });
  afterAll(() => t.close());

  const bad: [string, () => request.Test][] = [
    [
      'login without credentials',
      () => request(t.http).post('/api/auth/login').send({ username: '', extra: 1 }),
    ],
    [
      'an evaluation patch of wrong types',
      () =>
        request(t.http)
          .patch(`/api/evaluations/${randomUUID()}`)
          .set(evaluator)
          .send({
            version: 0,
            year: 2024,
            amounts: { executed: '0.8.5' },
            rows: [{ position: 0 }, { position: -1, actual: 5, band: 'great' }],
          }),
    ],
    [
      'an execution record in other formats',
      () =>
        request(t.http)
          .post('/api/execution/records')
          .set(evaluator)
          .send({ projectId: 'x', asOf: '2024/07/31', executed: 0.6, amount: '1' }),
    ],
    [
      'an account of an unknown role',
      () =>
        request(t.http)
          .post('/api/users')
          .set(admin)
          .send({ username: 'a', role: 'boss', departmentIds: ['x'] }),
    ],
    [
      'a list query out of bounds',
      () => request(t.http).get('/api/projects?year=abc&pageSize=1000').set(admin),
    ],
    [
      'a flag answer of another measure',
      () =>
        request(t.http)
          .post(`/api/execution/flags/${randomUUID()}/answer`)
          .set(evaluator)
          .send({ reason: 1, measure: '改' }),
    ],
    [
      'reminder preferences of an unknown channel',
      () =>
        request(t.http)
          .put('/api/me/reminder-preferences')
          .set(evaluator)
          .send({ channels: ['fax'], email: 'not-an-address', webhookUrl: 'ftp://x' }),
    ],
  ];

  it.each(bad)('%s → 400 in Chinese, every field named as sent', async (_case, send) => {
    const response = await send().expect(400);
    const body = response.body as ErrorBody;
    expect(body.code).toBe('VALIDATION.FAILED');
    expect(body.details.fields?.length).toBeGreaterThan(0);
    expect(englishWords(body)).toEqual([]);
    expect(JSON.stringify(body.details.fields)).not.toMatch(/"\w+\.\d+/); // `rows[1]`, never `rows.1`
  });

  it('names array elements by their index in the request', async () => {
    const body = (await bad[1][1]().expect(400)).body as ErrorBody;
    expect(body.details.fields!.map((f) => f.field)).toEqual(
      expect.arrayContaining([
        'year',
        'version',
        'amounts.executed',
        'rows[1].position',
        'rows[1].actual',
        'rows[1].band',
      ]),
    );
    expect(body.details.fields!.find((f) => f.field === 'rows[1].band')!.messages).toEqual([
      '须为以下之一：achieved、partly-achieved、not-achieved',
    ]);
  });

  it('a scoring refusal names the row as sent and says why in Chinese', async () => {
    const { version } = (
      await request(t.http).get(`/api/evaluations/${evaluationId}`).set(evaluator).expect(200)
    ).body;
    const response = await request(t.http)
      .patch(`/api/evaluations/${evaluationId}`)
      .set(evaluator)
      .send({ version, rows: [{ position: 0, actual: '约一人' }] })
      .expect(400);
    expect(response.body).toMatchObject({
      code: 'SCORING.ACTUAL_UNPARSEABLE',
      details: { position: 0, field: 'rows[0]' },
    });
    expect(response.body.message).toBe(
      '自评数据有误：rows[0]，驻村工作人员人数：实际完成值“约一人”不是数字、百分比或日期（年度指标值为 ≥1人）',
    );
    expect(englishWords(response.body)).toEqual([]);
  });

  it('answers in English with Accept-Language: en', async () => {
    const response = await bad[1][1]().set('Accept-Language', 'en-US,en;q=0.9').expect(400);
    expect(response.body.message).toMatch(/^Invalid request parameters: /);
    expect(response.body.details.fields).toEqual(
      expect.arrayContaining([
        { field: 'rows[1].position', messages: ['rows[1].position must not be less than 0'] },
      ]),
    );
  });
});
