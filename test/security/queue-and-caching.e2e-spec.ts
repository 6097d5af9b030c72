import request from 'supertest';
import { createTestUser } from '../support/auth';
import { createPeopleTestApp, login, PeopleTestApp } from '../people/support/people-test-app';

/** Answers that must not be cached, and the queue dashboard while Redis is away. */
describe('no-store answers and queue outages (e2e)', () => {
  let t: PeopleTestApp;

  // Nothing listens on port 1: the API runs as it does while Redis is down.
  beforeAll(async () => {
    t = await createPeopleTestApp({ REDIS_URL: 'redis://127.0.0.1:1' });
  });
  afterAll(() => t.close());

  it('marks the token response, personal data, downloads and errors no-store', async () => {
    const admin = await createTestUser(t, { role: 'admin' });
    const tokens = await login(t, admin.user.username, admin.password).expect(200);
    const refused = await login(t, admin.user.username, 'Wrong-pass-1').expect(401);
    const me = await request(t.http).get('/api/auth/me').set(admin.headers).expect(200);
    const download = await request(t.http)
      .get('/api/projects/export?format=csv')
      .set(admin.headers)
      .expect(200);
    for (const response of [tokens, refused, me, download])
      expect(response.headers['cache-control']).toMatch(/\bno-store\b/);
  });

  it('Bull Board answers 503 QUEUE.UNAVAILABLE with a generic body, not the Redis client message', async () => {
    const admin = await createTestUser(t, { role: 'admin' });
    for (const path of ['/api/admin/queues', '/api/admin/queues/api/queues']) {
      const response = await request(t.http).get(path).set(admin.headers).timeout(2_000).expect(503);
      expect(response.body).toEqual({
        code: 'QUEUE.UNAVAILABLE',
        message: '提醒队列暂不可用，请稍后再试',
        details: {},
      });
      expect(response.text).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|Stream/);
    }
  });
});
