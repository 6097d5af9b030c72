/**
 * Authenticated scorecard reads under load (issue 5): autocannon, 100 connections, 10 s each, against
 *  - the API route GET /api/evaluations/:id (guard, role and unit scope, validation pipe, the two queries,
 *    the scorecard view, JSON), and
 *  - a minimal node http server running only the same two SQL queries on the same pg pool (the baseline).
 * Reports requests/s and p99 of each and the ratio. The caller is authenticated by the e2e stand-in guard
 * (test/evaluations/support/test-user.guard.ts) until people's token guard is wired into the API; then this
 * bench should log in and send the bearer token instead.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres node -r @swc-node/register bench/scorecard-auth.bench.ts
 */
import { loadConfig } from '@jixiao/config';
import { ConfigModule, DatabaseModule, ENTITIES, LoggerModule } from '@jixiao/platform';
import { buildDataSourceOptions } from '@jixiao/database';
import { EvaluationsModule, YearRescore } from '@jixiao/evaluations';
import { ExecutionModule } from '@jixiao/execution';
import { TargetsModule } from '@jixiao/targets';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import autocannon from 'autocannon';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { configureApp } from '../apps/api/src/configure-app';
import { TestUserGuard } from '../test/evaluations/support/test-user.guard';

const DATABASE = 'jixiao_bench_h7_scorecard';
const CONNECTIONS = 100;
const DURATION_S = 10;

@Module({
  imports: [ConfigModule, LoggerModule, DatabaseModule, TargetsModule, ExecutionModule, EvaluationsModule],
  providers: [{ provide: APP_GUARD, useClass: TestUserGuard }],
})
class ScorecardBenchModule {}

export async function run(): Promise<Record<string, unknown>> {
  const config = loadConfig();
  if (!config.DATABASE_URL) return { skipped: 'needs DATABASE_URL (a PostgreSQL server)' };
  const url = await recreateDatabase(config.DATABASE_URL);
  const setup = new DataSource(buildDataSourceOptions(url, ENTITIES));
  await setup.initialize();
  const { evaluationId, departmentId, unitId } = await generate(setup);
  await new YearRescore(setup).run(null, 2023);
  await setup.destroy();

  process.env.DATABASE_URL = url;
  process.env.LOG_LEVEL = 'silent';
  const moduleRef = await Test.createTestingModule({ imports: [ScorecardBenchModule] }).compile();
  const app = configureApp(moduleRef.createNestApplication({ logger: false }));
  await app.listen(0, '127.0.0.1');
  const dataSource = app.get(DataSource);
  const baseline = baselineServer(dataSource);
  await new Promise<void>((resolve) => baseline.listen(0, '127.0.0.1', resolve));
  try {
    const user = {
      id: '00000000-0000-4000-8000-000000000007',
      username: 'bench',
      role: 'evaluator',
      departmentIds: [departmentId],
      unitIds: [unitId],
    };
    const apiUrl = `${await app.getUrl()}/api/evaluations/${evaluationId}`.replace('[::1]', '127.0.0.1');
    const baseUrl = `http://127.0.0.1:${(baseline.address() as AddressInfo).port}/${evaluationId}`;
    await load(apiUrl, { 'x-test-user': JSON.stringify(user) }, 2); // warm-up
    const api = await load(apiUrl, { 'x-test-user': JSON.stringify(user) }, DURATION_S);
    const sql = await load(baseUrl, {}, DURATION_S);
    return {
      connections: CONNECTIONS,
      durationS: DURATION_S,
      scorecardRoute: api,
      sqlOnlyBaseline: sql,
      throughputRatio: Math.round((api.requestsPerSecond / sql.requestsPerSecond) * 100) / 100,
      p99Ratio: Math.round((api.p99Ms / Math.max(sql.p99Ms, 1)) * 100) / 100,
    };
  } finally {
    await new Promise((resolve) => baseline.close(resolve));
    await app.close();
  }
}

/** The scorecard's two queries, nothing else: what the route cannot do without. */
function baselineServer(dataSource: DataSource): Server {
  return createServer((request, response) => {
    const id = (request.url ?? '/').slice(1);
    Promise.all([
      dataSource.query('SELECT * FROM self_evaluation WHERE id = $1', [id]),
      dataSource.query('SELECT * FROM evaluation_row WHERE evaluation_id = $1 ORDER BY position', [id]),
    ]).then(
      ([evaluation, rows]) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ evaluation: evaluation[0], rows }));
      },
      () => {
        response.writeHead(500);
        response.end();
      },
    );
  });
}

async function load(url: string, headers: Record<string, string>, duration: number) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration, headers });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

async function recreateDatabase(serverUrl: string): Promise<string> {
  const adminUrl = new URL(serverUrl);
  adminUrl.pathname = '/postgres';
  const client = new Client({ connectionString: adminUrl.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
  adminUrl.pathname = `/${DATABASE}`;
  return adminUrl.toString();
}

/** One department, one unit, one 15-row evaluation (the rows of the rescore bench). */
async function generate(dataSource: DataSource) {
  await dataSource.runMigrations({ transaction: 'each' });
  const [department] = await dataSource.query(
    `INSERT INTO department (code, name, natural_key) VALUES ('001', '部门001', 'bench') RETURNING id`,
  );
  const [unit] = await dataSource.query(
    `INSERT INTO budget_unit (department_id, name, natural_key) VALUES ($1, '单位1', 'unit-1') RETURNING id`,
    [department.id],
  );
  const [evaluation] = await dataSource.query(
    `INSERT INTO self_evaluation (department_id, unit_id, year, project_name, profile, budget, executed, partial_total,
                                 findings, state, source, version)
     VALUES ($1, $2, 2023, '驻村工作队队员补助', $3::jsonb, 1.5, 0.85, 0, '[]', 'draft', 'entered', 1) RETURNING id`,
    [department.id, unit.id, JSON.stringify((await import('@jixiao/scoring')).JINKOUHE_PROFILE)],
  );
  await dataSource.query(
    `INSERT INTO evaluation_row (evaluation_id, position, level1, level2, level3, target_text, target, direction, weight,
                                actual_text, actual, reason, rule, reason_text)
     SELECT $1, p, '产出指标', '质量指标', '完成任务率' || p, '≥99%',
            '{"kind":"number","operator":"≥","amount":"99","unit":"%","text":"≥99%"}', 'positive', 6,
            '100%', '{"kind":"number","operator":"≥","amount":"100","unit":"%","text":"100%"}', 'not-entered', 'not-entered', ''
       FROM generate_series(0, 14) p`,
    [evaluation.id],
  );
  return {
    evaluationId: evaluation.id as string,
    departmentId: department.id as string,
    unitId: unit.id as string,
  };
}

if (require.main === module) {
  run().then(
    (result) => process.stdout.write(`${JSON.stringify(result, null, 2)}\n`),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
