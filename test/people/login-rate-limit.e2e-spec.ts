import { AppConfig, loadConfig } from '@jixiao/config';
import { LoginRateStorage } from '@jixiao/people';
import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import IORedis from 'ioredis';
import request from 'supertest';
import { AppModule } from '../../apps/api/src/app.module';
import { configureApp } from '../../apps/api/src/configure-app';
import { eventually } from '../reminders/support/reminder-test-env';
import { uniqueSuffix } from '../support/test-app';

/**
 * The login rate limit counted in Redis (LOGIN_RATE_STORE=redis, the default outside the tests): two
 * API replicas share one count per address and account; an API that cannot reach Redis still answers
 * at once and limits per process. Keys live under this suite's own prefix.
 */
describe('login rate limit across API replicas', () => {
  const prefix = `test-${uniqueSuffix()}:`;
  const apps: INestApplication[] = [];
  const redis = new IORedis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');

  async function replica(overrides: Record<string, string> = {}): Promise<INestApplication> {
    const config = loadConfig({
      ...process.env,
      LOGIN_RATE_STORE: 'redis',
      LOGIN_RATE_KEY_PREFIX: prefix,
      LOGIN_RATE_LIMIT: '4',
      ...overrides,
    });
    const moduleRef = await Test.createTestingModule({ imports: [AppModule] })
      .overrideProvider(AppConfig)
      .useValue(config)
      .compile();
    const app = configureApp(moduleRef.createNestApplication({ logger: false, bufferLogs: true }));
    await app.init();
    apps.push(app);
    return app;
  }

  const attempt = (app: INestApplication, username: string) =>
    request(app.getHttpServer()).post('/api/auth/login').send({ username, password: 'Wrong-pass-1' });

  afterAll(async () => {
    for (const app of apps) await app.close();
    const keys = await redis.keys(`{${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
  });

  it('two replicas share the count: four attempts spread over both, the fifth is refused on either', async () => {
    const [a, b] = [await replica(), await replica()];
    await eventually(async () => {
      expect([a, b].map((app) => app.get(LoginRateStorage).counting)).toEqual(['redis', 'redis']);
    });
    const username = `flood-${uniqueSuffix()}`;
    const statuses = [];
    for (const app of [a, b, a, b]) statuses.push((await attempt(app, username)).status);
    expect(statuses).toEqual([401, 401, 401, 401]);
    await attempt(a, username).expect(429);
    await attempt(b, username).expect(429);
    // Counted in Redis under the configured prefix, not in either process.
    expect(await redis.keys(`{${prefix}*`)).toEqual(
      expect.arrayContaining([expect.stringMatching(/:hits$/)]),
    );
    // Another account from the same address is not held back.
    await attempt(b, `other-${uniqueSuffix()}`).expect(401);
  });

  it('refreshes count per token: many users behind one address are not held back, a replayed token is', async () => {
    const [a, b] = apps;
    const refresh = (app: INestApplication, refreshToken: string) =>
      request(app.getHttpServer()).post('/api/auth/refresh').send({ refreshToken });
    for (let i = 0; i < 6; i++) await refresh(i % 2 ? a : b, `not-a-token-${uniqueSuffix()}`).expect(401);
    const replayed = `not-a-token-${uniqueSuffix()}`;
    for (const app of [a, b, a, b]) await refresh(app, replayed).expect(401);
    await refresh(a, replayed).expect(429);
  });

  it('without Redis a replica still answers at once, and limits per process', async () => {
    const alone = await replica({ REDIS_URL: 'redis://127.0.0.1:1' });
    expect(alone.get(LoginRateStorage).counting).toBe('memory');
    const username = `alone-${uniqueSuffix()}`;
    for (let i = 0; i < 4; i++) await attempt(alone, username).expect(401);
    await attempt(alone, username).expect(429);
  });
});
