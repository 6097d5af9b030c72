/**
 * Before the e2e suites: a real PostgreSQL with the schema migrated.
 * - DATABASE_URL set (CI, developers with a server): that database is used; its name must contain
 *   "test" so a suite can never run against real data. It is created if missing.
 * - DATABASE_URL unset: an embedded PostgreSQL is started under .data/test-postgres and stopped after.
 * Redis: test/setup/redis.ts (REDIS_URL, else 127.0.0.1:6379, else a redis-server of our own).
 * The web app: built into dist/web when missing or stale (apps/cli/src/demo/web-build.ts).
 * Suites create their own random data (fresh departments, users…) instead of truncating tables.
 */
// Relative imports: Jest applies no moduleNameMapper to the global setup, so no `@jixiao/*` here.
import { buildDataSourceOptions } from '../../libs/database/src/data-source-options';
import { startEmbeddedPostgres } from '../../libs/database/src/embedded-postgres';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { ensureWebBuild } from '../../apps/cli/src/demo/web-build';
import { ensureRedis } from './redis';

export default async function globalSetup(): Promise<void> {
  process.env.TZ = 'UTC';
  let url = process.env.DATABASE_URL;
  if (url) {
    await ensureTestDatabase(url);
  } else {
    const handle = await startEmbeddedPostgres({ dataDir: '.data/test-postgres', port: 54330, database: 'jixiao_test' });
    (globalThis as { __embeddedPostgres?: typeof handle }).__embeddedPostgres = handle;
    url = handle.url;
    process.env.DATABASE_URL = url;
  }
  await ensureRedis();
  // The browser suite (test/web) and the demo's suite serve the production web build: made here when
  // missing or older than apps/web's sources, once for the whole run.
  ensureWebBuild('dist/web');
  process.env.MIGRATIONS_RUN = 'false';
  // Suites share one Redis, and every refresh from 127.0.0.1 shares one rate-limit key: counted in
  // Redis, one suite's attempts would throttle another's. Each app counts for itself; the Redis store
  // has its own suite (test/people/login-rate-limit.e2e-spec.ts).
  process.env.LOGIN_RATE_STORE = process.env.LOGIN_RATE_STORE ?? 'memory';
  process.env.LOG_LEVEL = process.env.LOG_LEVEL ?? 'silent';
  const dataSource = new DataSource(buildDataSourceOptions(url, []));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}

async function ensureTestDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/test/i.test(name)) {
    throw new Error(`refusing to run the e2e tests against database "${name}": its name must contain "test"`);
  }
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}
