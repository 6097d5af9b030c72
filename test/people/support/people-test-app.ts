import { AppConfig, loadConfig } from '@jixiao/config';
import { AUTH_CLOCK } from '@jixiao/people';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule } from '../../../apps/api/src/app.module';
import { configureApp } from '../../../apps/api/src/configure-app';
import { TestApp } from '../../support/test-app';
import { ManualClock } from './manual-clock';

export interface PeopleTestApp extends TestApp {
  clock: ManualClock;
}

/**
 * The whole API with the auth clock replaced by one the test moves, and `settings` laid over the
 * environment (validated by loadConfig as at boot), e.g. `{ CORS_ORIGINS: 'https://a.example' }`.
 */
export async function createPeopleTestApp(settings: Record<string, string> = {}): Promise<PeopleTestApp> {
  const clock = new ManualClock();
  const moduleRef = await Test.createTestingModule({ imports: [AppModule] })
    .overrideProvider(AUTH_CLOCK)
    .useValue(clock)
    .overrideProvider(AppConfig)
    .useValue(loadConfig({ ...process.env, ...settings }))
    .compile();
  const app = configureApp(moduleRef.createNestApplication({ logger: false, bufferLogs: true }));
  await app.init();
  return { app, http: app.getHttpServer(), dataSource: app.get(DataSource), clock, close: () => app.close() };
}

/** POST /api/auth/login. */
export function login(t: TestApp, username: string, password: string) {
  return request(t.http).post('/api/auth/login').send({ username, password });
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
