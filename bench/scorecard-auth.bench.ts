/**
 * Authenticated scorecard reads under load (issue 5): autocannon, 100 connections, 10 s each, against
 *  - the real API (AppModule, configureApp: helmet, global prefix, validation pipe, error filter) route
 *    GET /api/evaluations/:id, called by a real evaluator account with the bearer token its login returned:
 *    the global AuthGuard (JWT check, session and account lookup), role and unit scope, ParseUUIDPipe,
 *    the evaluation and its rows, the scorecard view, JSON; and
 *  - the baseline: a minimal node:http route in the same process, on the same TypeORM pool, running only
 *    the SQL statements the API route ran for one request (captured from TypeORM's logger, replayed with
 *    the same parameters in the same order) and sending the rows back as JSON.
 * Reports requests/s and latency (p50, p99) of each and the ratios; the rounds alternate A B B A so both
 * sides see the same drift of a shared machine. autocannon runs in a worker thread
 * so the load generator does not share the server's event loop.
 *
 * Database: its own, jixiao_bench_scorecard (bench/support.ts: DATABASE_URL's server, else embedded);
 * Redis for the API's reminder queues as the tests find it.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/jixiao_bench npm run bench -- scorecard-auth
 */
import { AppConfig } from '@jixiao/config';
import { buildDataSourceOptions } from '@jixiao/database';
import { YearRescore } from '@jixiao/evaluations';
import { AuthService, SYSTEM_AUDIT, UserService } from '@jixiao/people';
import { ENTITIES } from '@jixiao/platform';
import { JINKOUHE_PROFILE } from '@jixiao/scoring';
import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import autocannon from 'autocannon';
import { randomBytes } from 'node:crypto';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { DataSource, Logger as TypeOrmLogger } from 'typeorm';
import { AppModule } from '../apps/api/src/app.module';
import { configureApp } from '../apps/api/src/configure-app';
import { findRedis, round, withBenchDatabase, withEnv } from './support';

const CONNECTIONS = 100;
const ROUND_S = 5;
const WARM_UP_S = 2;
const PASSWORD = 'Bench-scorecard-2024!';

interface Statement {
  sql: string;
  parameters: unknown[];
}

export async function run(): Promise<Record<string, unknown>> {
  const redis = await findRedis();
  try {
    return await withBenchDatabase('scorecard', async ({ url, where }) => {
      const setup = new DataSource(buildDataSourceOptions(url, ENTITIES));
      await setup.initialize();
      const { evaluationId, departmentId, unitId } = await generate(setup);
      await new YearRescore(setup, new AppConfig()).run(null, 2023);
      await setup.destroy();

      const env = {
        DATABASE_URL: url,
        REDIS_URL: redis.url,
        REMINDER_QUEUE_PREFIX: `bench-${randomBytes(4).toString('hex')}`,
        MIGRATIONS_RUN: 'false',
        LOG_LEVEL: 'silent',
        JWT_SECRET: randomBytes(32).toString('hex'),
      };
      return withEnv(env, async () => {
        const app = configureApp(await NestFactory.create(AppModule, { logger: false }));
        await app.listen(0, '127.0.0.1');
        let baseline: Server | null = null;
        try {
          const apiBase = (await app.getUrl()).replace('[::1]', '127.0.0.1');
          const token = await evaluatorToken(app, apiBase, departmentId, unitId);
          const apiUrl = `${apiBase}/api/evaluations/${evaluationId}`;
          const headers = { authorization: `Bearer ${token}` };
          const dataSource = app.get(DataSource);
          const statements = await captureStatements(dataSource, () => get(apiUrl, headers));
          if (statements.length === 0) throw new Error('captured no SQL for the scorecard route');
          baseline = baselineServer(dataSource, statements);
          await new Promise<void>((resolve) => baseline!.listen(0, '127.0.0.1', resolve));
          const baseUrl = `http://127.0.0.1:${(baseline.address() as AddressInfo).port}/`;

          await load(apiUrl, headers, WARM_UP_S);
          await load(baseUrl, {}, WARM_UP_S);
          // A B B A: on a shared machine the load drifts; interleaving gives both sides the same drift.
          const apiRounds: Round[] = [];
          const sqlRounds: Round[] = [];
          apiRounds.push(await load(apiUrl, headers, ROUND_S));
          sqlRounds.push(await load(baseUrl, {}, ROUND_S));
          sqlRounds.push(await load(baseUrl, {}, ROUND_S));
          apiRounds.push(await load(apiUrl, headers, ROUND_S));
          const api = combine(apiRounds);
          const sql = combine(sqlRounds);
          return {
            database: where,
            connections: CONNECTIONS,
            durationS: ROUND_S * 2,
            rounds: 'A B B A, 5 s each (A: the API route, B: the SQL-only baseline)',
            scorecardRoute: api,
            sqlOnlyBaseline: { ...sql, statements: statements.map((s) => s.sql.replace(/\s+/g, ' ').slice(0, 100)) },
            throughputRatio: round(api.requestsPerSecond / sql.requestsPerSecond, 2),
            p99Ratio: round(api.p99Ms / Math.max(sql.p99Ms, 1), 2),
          };
        } finally {
          if (baseline) await new Promise((resolve) => baseline!.close(resolve));
          await app.close();
        }
      });
    });
  } finally {
    await redis.stop();
  }
}

/** A real evaluator account of the unit, first-login password change done, then logged in over HTTP. */
async function evaluatorToken(
  app: INestApplication,
  apiBase: string,
  departmentId: string,
  unitId: string,
): Promise<string> {
  const { user, temporaryPassword } = await app
    .get(UserService)
    .create(SYSTEM_AUDIT, { username: 'bench-evaluator', role: 'evaluator', departmentIds: [departmentId], unitIds: [unitId] });
  await app.get(AuthService).changePassword(user, null, temporaryPassword, PASSWORD, SYSTEM_AUDIT);
  const response = await fetch(`${apiBase}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'bench-evaluator', password: PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`login: HTTP ${response.status} ${await response.text()}`);
  const login = (await response.json()) as { accessToken: string; mustChangePassword: boolean };
  if (login.mustChangePassword) throw new Error('login: the password change did not take');
  return login.accessToken;
}

async function get(url: string, headers: Record<string, string>): Promise<void> {
  const response = await fetch(url, { headers });
  if (response.status !== 200) throw new Error(`GET ${url}: HTTP ${response.status} ${await response.text()}`);
  await response.arrayBuffer();
}

/** The SQL TypeORM sends while `work` runs (nothing else runs then), from its logger. */
async function captureStatements(dataSource: DataSource, work: () => Promise<void>): Promise<Statement[]> {
  const statements: Statement[] = [];
  const holder = dataSource as unknown as { logger: TypeOrmLogger };
  const original = holder.logger;
  holder.logger = new Proxy(original, {
    get(target, property, receiver) {
      if (property === 'logQuery')
        return (sql: string, parameters?: unknown[]) => {
          statements.push({ sql, parameters: parameters ?? [] });
          return original.logQuery(sql, parameters);
        };
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
  try {
    await work();
  } finally {
    holder.logger = original;
  }
  return statements;
}

/** Only the route's SQL, one statement after the other as the route runs them, and the rows as JSON. */
function baselineServer(dataSource: DataSource, statements: Statement[]): Server {
  return createServer((_request, response) => {
    (async () => {
      const results: unknown[] = [];
      for (const { sql, parameters } of statements) results.push(await dataSource.query(sql, parameters));
      return results;
    })().then(
      (results) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify(results));
      },
      () => {
        response.writeHead(500);
        response.end();
      },
    );
  });
}

interface Round {
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
}

async function load(url: string, headers: Record<string, string>, duration: number): Promise<Round> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration, headers, workers: 1 });
  if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0)
    throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts under load`);
  return {
    requests: result.requests.total,
    seconds: result.duration,
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
  };
}

/** Rounds of one side: requests/s over their whole time; latency percentiles as the mean of the rounds'. */
function combine(rounds: Round[]) {
  const requests = rounds.reduce((n, r) => n + r.requests, 0);
  const seconds = rounds.reduce((n, r) => n + r.seconds, 0);
  const mean = (pick: (r: Round) => number) => round(rounds.reduce((n, r) => n + pick(r), 0) / rounds.length, 1);
  return {
    requests,
    requestsPerSecond: Math.round(requests / seconds),
    p50Ms: mean((r) => r.p50Ms),
    p99Ms: mean((r) => r.p99Ms),
    perRound: rounds.map((r) => ({ requestsPerSecond: r.requestsPerSecond, p99Ms: r.p99Ms })),
  };
}

/** One department, one unit, one 15-row evaluation (the rows of the rescore bench). */
async function generate(dataSource: DataSource) {
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
    [department.id, unit.id, JSON.stringify(JINKOUHE_PROFILE)],
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
