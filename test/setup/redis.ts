/**
 * Redis for the e2e suites and the benches, found or started:
 * 1. REDIS_URL if set (it must answer);
 * 2. else 127.0.0.1:6379 if it answers PING;
 * 3. else `redis-server` from PATH on a free port, without persistence, stopped in the teardown;
 * 4. else, on a Debian-like machine where we are root, Debian's redis-server package is installed
 *    (apt-get) and started as in 3 — so `npm ci && npm test` works on a fresh machine;
 * 5. else a clear error saying how to get Redis.
 * Suites keep apart by a BullMQ prefix of their own, never by flushing.
 */
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import IORedis from 'ioredis';

export interface RedisServer {
  url: string;
  port: number;
  /** SHUTDOWN (with a final save when persistent) and wait for the process to end. */
  stop(): Promise<void>;
  /** Start again on the same port (and, when persistent, from the same data). */
  start(): Promise<void>;
  /** Stop and delete its data directory. */
  destroy(): Promise<void>;
}

const HOW_TO_GET_REDIS =
  'the e2e tests need Redis: set REDIS_URL, run one on 127.0.0.1:6379 (e.g. `docker run -p 6379:6379 redis:7`), ' +
  'or install redis-server on the PATH (`apt-get install redis-server`, `brew install redis`) and the tests start their own';

export async function pingRedis(url: string, timeoutMs = 1000): Promise<boolean> {
  const client = new IORedis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export function redisServerOnPath(): boolean {
  return spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
}

/** Installs Debian's redis-server when we may (root, apt-get present); true once it is on the PATH. */
function installRedisServer(): boolean {
  const aptGet = spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
  if (!aptGet || process.getuid?.() !== 0) return false;
  process.stderr.write('e2e setup: no Redis found; installing redis-server from Debian packages (apt-get)…\n');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () => spawnSync('apt-get', ['install', '-y', '-qq', 'redis-server'], { stdio: 'ignore', env }).status === 0;
  // A fresh machine may have no package lists yet: update once, then try again.
  if (!install()) spawnSync('apt-get', ['update', '-qq'], { stdio: 'ignore', env });
  return redisServerOnPath() || (install() && redisServerOnPath());
}

/**
 * A redis-server of our own on a free port. `persistent`: append-only file fsynced on every write in a
 * temporary directory, so a stop and start keeps every job (what production Redis for BullMQ needs).
 */
export async function startRedisServer(options: { persistent?: boolean } = {}): Promise<RedisServer> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-redis-'));
  const url = `redis://127.0.0.1:${port}`;
  const args = [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--dir',
    dir,
    '--save',
    '""',
    '--appendonly',
    'no',
  ];
  if (options.persistent)
    args.splice(args.indexOf('--appendonly'), 2, '--appendonly', 'yes', '--appendfsync', 'always');
  let child: ChildProcess | null = null;
  const start = async () => {
    child = spawn(
      'redis-server',
      args.map((a) => (a === '""' ? '' : a)),
      { stdio: 'ignore' },
    );
    for (let i = 0; i < 100; i += 1) {
      if (await pingRedis(url, 200)) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`redis-server on port ${port} did not start`);
  };
  const stop = async () => {
    const running = child;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
    running.kill('SIGTERM'); // redis-server saves (when persistent) and exits on SIGTERM
    await exited;
    child = null;
  };
  await start();
  const destroy = async () => {
    await stop();
    rmSync(dir, { recursive: true, force: true });
  };
  return { url, port, start, stop, destroy };
}

/** Called by the global setup: sets process.env.REDIS_URL for every suite. */
export async function ensureRedis(): Promise<void> {
  const given = process.env.REDIS_URL;
  if (given) {
    if (!(await pingRedis(given)))
      throw new Error(`REDIS_URL=${given} does not answer PING; ${HOW_TO_GET_REDIS}`);
    return;
  }
  const local = 'redis://127.0.0.1:6379';
  if (await pingRedis(local, 500)) {
    process.env.REDIS_URL = local;
    return;
  }
  if (!redisServerOnPath() && !installRedisServer()) throw new Error(HOW_TO_GET_REDIS);
  const server = await startRedisServer();
  (globalThis as { __redisServer?: RedisServer }).__redisServer = server;
  process.env.REDIS_URL = server.url;
}

/** Called by the global teardown: stops the redis-server the setup started, if any. */
export async function stopRedis(): Promise<void> {
  await (globalThis as { __redisServer?: RedisServer }).__redisServer?.destroy();
}
