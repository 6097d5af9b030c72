import { AppConfig } from '@jixiao/config';
import { buildDataSourceOptions } from '@jixiao/database';
import { importDocument } from '@jixiao/importers';
import { AuthUser } from '@jixiao/people';
import { DomainError } from '@jixiao/platform';
import { TargetImportWriter } from '@jixiao/targets';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { IndicatorService } from '../../libs/targets/src/indicators/indicator.service';
import { createTestUser } from '../support/auth';
import { createTestApp, TestApp } from '../support/test-app';
import { createDepartment, Headers, importInto, seed } from './support/target-api';

/**
 * Issue 10, item 2: a write that fails half-way (a COPY refusing a NUL character, the failure PostgreSQL
 * reports mid-protocol) rolls back and hands its connection back to the pool. The failing writes go
 * straight to the services, past any HTTP validation, so this shows the writer itself is safe.
 */
describe('a failed write never holds a connection (e2e)', () => {
  let t: TestApp;
  let admin: Headers;
  let actor: AuthUser;
  let departmentId: string;
  let project: { id: string; version: number };

  beforeAll(async () => {
    t = await createTestApp();
    const account = await createTestUser(t, { role: 'admin' });
    admin = account.headers;
    actor = { ...account.user, departmentIds: [], unitIds: [] };
    departmentId = (await createDepartment(t, admin, '乐山市医疗保障局')).id;
    await importInto(t, admin, departmentId, 'leshan-2024-budget.txt', seed('leshan-2024-budget.txt'));
    const projects = await request(t.http)
      .get(`/api/projects?departmentId=${departmentId}&pageSize=1`)
      .set(admin);
    project = projects.body.items[0];
  });
  afterAll(() => t.close());

  /** Sessions of this database left inside a failed transaction: each one is a pooled connection lost for good. */
  async function abortedSessions(): Promise<number> {
    const [{ count }]: { count: number }[] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM pg_stat_activity
        WHERE datname = current_database() AND state IN ('idle in transaction (aborted)', 'idle in transaction')`,
    );
    return count;
  }

  /** A new indicator whose 三级指标 holds a NUL: PostgreSQL refuses it in the middle of the COPY. */
  const nulInput = () => ({
    projectId: project.id,
    version: project.version,
    level1: '产出指标',
    level2: '数量指标',
    level3: 'a\u0000b',
    value: '≥1个',
  });
  const nulIndicator = () => t.app.get(IndicatorService).create(nulInput(), actor);

  /** 50 requests at once, more than the pool's 20 connections: all answer when none was lost. */
  async function poolServes(): Promise<void> {
    const answers = await Promise.all(
      Array.from({ length: 50 }, () =>
        request(t.http).get(`/api/indicators?projectId=${project.id}&pageSize=5`).set(admin),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(50).fill(200));
  }

  it('refuses a NUL in an indicator (400 naming the field), rolls back, and releases the connection', async () => {
    const failure = await nulIndicator().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DomainError);
    expect(failure).toMatchObject({
      kind: 'invalid',
      code: 'DATA.UNSTORABLE',
      details: { table: 'indicator', row: 1, field: 'level3' },
    });
    // Nothing half written: the version bump and the position shift before the COPY were rolled back.
    const after = await request(t.http).get(`/api/projects/${project.id}`).set(admin).expect(200);
    expect(after.body.version).toBe(project.version);
    expect(await abortedSessions()).toBe(0);
    await poolServes();
  });

  it('answers a NUL over HTTP with a 4xx, not a hang', async () => {
    const response = await request(t.http).post('/api/indicators').set(admin).send(nulInput());
    expect(response.status).toBe(400);
    expect(await abortedSessions()).toBe(0);
  });

  it('serves 50 requests after 100 failing writes, 25 at a time (more than the pool holds)', async () => {
    for (let round = 0; round < 4; round += 1) {
      const failures = await Promise.all(
        Array.from({ length: 25 }, () => nulIndicator().catch((e: unknown) => e)),
      );
      expect(failures.every((f) => f instanceof DomainError && f.code === 'DATA.UNSTORABLE')).toBe(true);
    }
    expect(await abortedSessions()).toBe(0);
    await poolServes();
  });

  it('rolls an import back when its COPY fails, and releases the connection', async () => {
    const { documents } = await importDocument({
      bytes: seed('leshan-2024-budget.txt'),
      filename: 'leshan-2024-budget.txt',
    });
    const document = documents[0];
    if (document.kind !== 'project-targets') throw new Error('the Leshan seed is a project table');
    const indicator = document.projects[3].indicators[0];
    const poisoned = {
      ...document,
      projects: document.projects.map((p, i) =>
        i === 3
          ? {
              ...p,
              indicators: [{ ...indicator, level3: `${indicator.level3}\u0000` }, ...p.indicators.slice(1)],
            }
          : p,
      ),
    };
    const fresh = (await createDepartment(t, admin, '乐山市医疗保障局')).id;
    const writer = t.app.get(TargetImportWriter);
    const failure = await t.dataSource
      .transaction((manager) =>
        writer.write(manager, [{ document: poisoned, departmentId: fresh, fiscalYear: 2024 }]),
      )
      .catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'DATA.UNSTORABLE', details: { table: 'indicator' } });
    const [{ projects }]: { projects: number }[] = await t.dataSource.query(
      'SELECT count(*)::int AS projects FROM project WHERE department_id = $1',
      [fresh],
    );
    expect(projects).toBe(0);
    expect(await abortedSessions()).toBe(0);
    await poolServes();
  });

  it('gives every pooled session the configured statement and idle-in-transaction timeouts', async () => {
    const config = t.app.get(AppConfig);
    const [{ statement, idle }]: { statement: string; idle: string }[] = await t.dataSource.query(
      `SELECT current_setting('statement_timeout') AS statement,
              current_setting('idle_in_transaction_session_timeout') AS idle`,
    );
    expect([statement, idle]).toEqual([
      `${config.DATABASE_STATEMENT_TIMEOUT_MS / 1000}s`,
      `${config.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS / 60_000}min`,
    ]);
  });

  describe('with short timeouts (the second line of defence)', () => {
    let short: DataSource;
    beforeAll(async () => {
      const url = t.app.get(AppConfig).DATABASE_URL!;
      short = new DataSource(
        buildDataSourceOptions(url, [], {}, { statementTimeoutMs: 200, idleInTransactionTimeoutMs: 200 }),
      );
      await short.initialize();
    });
    afterAll(() => short.destroy());

    it('cancels a statement that runs too long (57014) and the pool goes on serving', async () => {
      const failure = await short.query('SELECT pg_sleep(5)').catch((error: unknown) => error);
      expect(failure).toMatchObject({ driverError: { code: '57014' } });
      expect(await short.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
    });

    it('closes a transaction left idle, without taking the process down', async () => {
      const runner = short.createQueryRunner();
      await runner.startTransaction();
      const [{ pid }]: { pid: number }[] = await runner.query('SELECT pg_backend_pid() AS pid');
      // Wait (bounded) until PostgreSQL has ended the idle session; then the held runner fails cleanly.
      for (let tries = 0; tries < 100; tries += 1) {
        const alive = await short.query('SELECT 1 FROM pg_stat_activity WHERE pid = $1', [pid]);
        if (alive.length === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(await short.query('SELECT 1 FROM pg_stat_activity WHERE pid = $1', [pid])).toEqual([]);
      await expect(runner.query('SELECT 1')).rejects.toThrow();
      await runner.release();
      expect(await short.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
    });
  });
});
