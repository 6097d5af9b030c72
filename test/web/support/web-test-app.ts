import { AppConfig, loadConfig } from '@jixiao/config';
import { ReminderWorkerModule } from '@jixiao/reminders';
import { INestApplication, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule } from '../../../apps/api/src/app.module';
import { configureApp } from '../../../apps/api/src/configure-app';
import { createTestUser, TestUser, TestUserOptions } from '../../support/auth';
import { TestApp, uniqueSuffix } from '../../support/test-app';
import { ZHUCUN } from '../../evaluations/support/evaluation-test-app';

/** As the demo runs it: the API and the reminder worker (so submissions reach 通知) in one process. */
@Module({ imports: [AppModule, ReminderWorkerModule] })
class WebTestModule {}

export interface WebTestApp extends TestApp {
  /** Where the browser goes: the API serving the built web app, on a free loopback port. */
  baseUrl: string;
  user(options: TestUserOptions): Promise<TestUser>;
}

/**
 * The real API listening on 127.0.0.1 with the production web build (made by the e2e global setup),
 * real PostgreSQL and Redis; reminder queues under a prefix of this suite's own.
 */
export async function startWebTestApp(): Promise<WebTestApp> {
  const moduleRef = await Test.createTestingModule({ imports: [WebTestModule] })
    .overrideProvider(AppConfig)
    .useValue(loadConfig({ ...process.env, REMINDER_QUEUE_PREFIX: `test-web-${uniqueSuffix()}` }))
    .compile();
  const app: INestApplication = configureApp(
    moduleRef.createNestApplication({ logger: false, bufferLogs: true }),
  );
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const t: TestApp = {
    app,
    http: app.getHttpServer(),
    dataSource: app.get(DataSource),
    close: () => app.close(),
  };
  return { ...t, baseUrl: `http://127.0.0.1:${address.port}`, user: (options) => createTestUser(t, options) };
}

export interface WebTestProject {
  departmentId: string;
  departmentName: string;
  unitId: string;
  projectId: string;
  projectName: string;
}

/**
 * A fresh department and unit with the 驻村工作队队员补助 project of the Jinkouhe 2023 自评表, created
 * through the API as an administrator would (random names: suites share the database).
 */
export async function createProject(t: WebTestApp): Promise<WebTestProject> {
  const admin = (await t.user({ role: 'admin' })).headers;
  const suffix = uniqueSuffix();
  const departmentName = `金口河区医疗保障局-${suffix}`;
  const department = await request(t.http)
    .post('/api/departments')
    .set(admin)
    .send({ code: `web-${suffix}`, name: departmentName })
    .expect(201);
  const unit = await request(t.http)
    .post('/api/units')
    .set(admin)
    .send({ departmentId: department.body.id, name: `金口河区医疗保障局机关-${suffix}` })
    .expect(201);
  const projectName = `${ZHUCUN.name}-${suffix}`;
  const project = await request(t.http)
    .post('/api/projects')
    .set(admin)
    .send({
      departmentId: department.body.id,
      unitId: unit.body.id,
      fiscalYear: 2023,
      name: projectName,
      budget: ZHUCUN.budget,
      fiscalBudget: ZHUCUN.budget,
      goal: ZHUCUN.goal,
      competentDepartment: '乐山市金口河区医疗保障局',
      implementingUnit: '乐山市金口河区医疗保障局',
      indicators: ZHUCUN.rows.map(({ level1, level2, level3, value, weight }) => ({
        level1,
        level2,
        level3,
        value,
        weight,
      })),
    })
    .expect(201);
  return {
    departmentId: department.body.id,
    departmentName,
    unitId: unit.body.id,
    projectId: project.body.id,
    projectName,
  };
}
