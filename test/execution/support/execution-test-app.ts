import { AppConfig } from '@jixiao/config';
import { CLOCK } from '@jixiao/execution';
import { Role } from '@jixiao/people';
import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { AppModule } from '../../../apps/api/src/app.module';
import { configureApp } from '../../../apps/api/src/configure-app';
import { authHeader } from '../../support/auth';
import { FixedClock } from './fixed-clock';

export interface ExecutionTestApp {
  app: INestApplication;
  http: Parameters<typeof import('supertest')>[0];
  dataSource: DataSource;
  /** The monitoring clock ("today" for execution); authentication keeps real time. */
  clock: FixedClock;
  /** The Bearer header of a fresh real account with this role and scope. */
  as(
    role: Role,
    scope?: { departmentIds?: string[]; unitIds?: string[] },
  ): Promise<{ Authorization: string }>;
  close(): Promise<void>;
}

/**
 * The whole API with the monitoring clock replaced by one the test sets; with `config`, the suite's own
 * settings (a queue prefix shared with its worker, see createExecutionWorker).
 */
export async function createExecutionTestApp(
  config?: AppConfig,
  clock = new FixedClock(),
): Promise<ExecutionTestApp> {
  let builder = Test.createTestingModule({ imports: [AppModule] })
    .overrideProvider(CLOCK)
    .useValue(clock);
  if (config) builder = builder.overrideProvider(AppConfig).useValue(config);
  const moduleRef = await builder.compile();
  const app = configureApp(moduleRef.createNestApplication({ logger: false, bufferLogs: true }));
  await app.init();
  const t = { app, http: app.getHttpServer(), dataSource: app.get(DataSource), close: () => app.close() };
  return { ...t, clock, as: (role, scope = {}) => authHeader(t, { role, ...scope }) };
}
