import request from 'supertest';
import { createPeopleTestApp, PeopleTestApp } from './support/people-test-app';

const ALLOWED = 'https://jixiao.example.gov.cn';
const SECOND = 'https://review.example.gov.cn';
const STRANGER = 'https://evil.example.com';

/** helmet on every response; CORS only for the origins CORS_ORIGINS lists, and none when it is empty. */
describe('security headers and CORS', () => {
  let withCors: PeopleTestApp;
  let withoutCors: PeopleTestApp;

  beforeAll(async () => {
    [withCors, withoutCors] = await Promise.all([
      createPeopleTestApp({ CORS_ORIGINS: ` ${ALLOWED} ,${SECOND}` }),
      createPeopleTestApp({ CORS_ORIGINS: '' }),
    ]);
  });
  afterAll(() => Promise.all([withCors?.close(), withoutCors?.close()]));

  it.each([
    ['a public route', 'get', '/api/health', 200],
    ['a refused request', 'get', '/api/users', 401],
    ['a validation error', 'post', '/api/auth/login', 400],
  ] as const)('helmet headers on %s', async (_what, method, path, status) => {
    const response = await request(withoutCors.http)[method](path).send();
    expect(response.status).toBe(status);
    expect(response.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'SAMEORIGIN',
      'strict-transport-security': expect.stringMatching(/^max-age=\d+/),
      'referrer-policy': 'no-referrer',
      'cross-origin-opener-policy': 'same-origin',
      'x-dns-prefetch-control': 'off',
    });
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'self'");
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it.each([ALLOWED, SECOND])('a listed origin (%s) may call the API with credentials', async (origin) => {
    const preflight = await request(withCors.http)
      .options('/api/auth/login')
      .set('Origin', origin)
      .set('Access-Control-Request-Method', 'POST')
      .set('Access-Control-Request-Headers', 'content-type,authorization')
      .expect(204);
    expect(preflight.headers).toMatchObject({
      'access-control-allow-origin': origin,
      'access-control-allow-credentials': 'true',
    });
    expect(preflight.headers['access-control-allow-methods']).toContain('POST');
    const actual = await request(withCors.http).get('/api/health').set('Origin', origin).expect(200);
    expect(actual.headers['access-control-allow-origin']).toBe(origin);
  });

  // (the cors package sends allow-credentials to anyone; without allow-origin a browser ignores it)
  it('another origin gets no CORS grant', async () => {
    const preflight = await request(withCors.http)
      .options('/api/auth/login')
      .set('Origin', STRANGER)
      .set('Access-Control-Request-Method', 'POST');
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    const actual = await request(withCors.http).get('/api/health').set('Origin', STRANGER).expect(200);
    expect(actual.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('an empty CORS_ORIGINS grants no origin at all', async () => {
    for (const origin of [ALLOWED, STRANGER]) {
      const preflight = await request(withoutCors.http)
        .options('/api/auth/login')
        .set('Origin', origin)
        .set('Access-Control-Request-Method', 'POST');
      expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
      const actual = await request(withoutCors.http).get('/api/health').set('Origin', origin).expect(200);
      expect(actual.headers['access-control-allow-origin']).toBeUndefined();
    }
  });
});
