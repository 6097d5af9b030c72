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
});
