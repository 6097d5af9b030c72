import { ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { Client } from 'pg';
import request from 'supertest';
import { freePort } from '../setup/redis';
import { uniqueSuffix } from '../support/test-app';

const ROOT = resolve(__dirname, '../..');
/** A cold start compiles the whole app through SWC, migrates and imports: seconds, bounded well above. */
const READY_MS = 90_000;
const EXIT_MS = 15_000;
const READY_LINE = 'Ctrl-C stops the demo.';
const ACCOUNT_LINE =
  /^\s+(\S+)\s+(admin|manager|evaluator)\s+(?:first-login password: (\S+)|exists, password unchanged)\s+scope: (.+)$/gm;

interface Demo {
  child: ChildProcess;
  baseUrl: string;
  stdout: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

interface PrintedAccount {
  username: string;
  role: string;
  password: string | null;
  scope: string;
}

/**
 * `npm run demo` as the README runs it, in a child process, on a database this suite creates (so the
 * accounts are created, not found): the printed passwords log in, the imported projects are served,
 * Ctrl-C ends it; a second run on the same database comes up again without duplicating anything.
 */
describe('demo command (e2e)', () => {
  const suffix = uniqueSuffix();
  const databaseUrl = new URL(process.env.DATABASE_URL!);
  databaseUrl.pathname = `/jixiao_demo_${suffix}_test`;
  const adminUrl = new URL(process.env.DATABASE_URL!);
  adminUrl.pathname = '/postgres';
  const started: Demo[] = [];
  let managerPassword = '';

  beforeAll(async () => {
    await onServer(`CREATE DATABASE "jixiao_demo_${suffix}_test"`);
  });

  afterAll(async () => {
    for (const demo of started) {
      if (demo.child.exitCode === null && demo.child.signalCode === null) demo.child.kill('SIGKILL');
      await demo.exited;
    }
    await onServer(`DROP DATABASE IF EXISTS "jixiao_demo_${suffix}_test" WITH (FORCE)`);
  });

  async function onServer(sql: string): Promise<void> {
    const client = new Client({ connectionString: adminUrl.toString() });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  }

  async function countProjects(): Promise<number> {
    const client = new Client({ connectionString: databaseUrl.toString() });
    await client.connect();
    try {
      const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM project');
      return rows[0].n;
    } finally {
      await client.end();
    }
  }

  async function startDemo(env: Record<string, string>, flags: string[] = []): Promise<Demo> {
    const port = await freePort();
    const child = spawn(
      process.execPath,
      ['-r', '@swc-node/register', 'apps/cli/src/main.ts', 'demo', ...flags],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          DATABASE_URL: databaseUrl.toString(),
          PORT: String(port),
          LOG_LEVEL: 'silent',
          // The demo migrates by itself, whatever this says.
          MIGRATIONS_RUN: 'false',
          REMINDER_QUEUE_PREFIX: `demo-${suffix}`,
          ...env,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
      child.once('exit', (code, signal) => done({ code, signal })),
    );
    const demo: Demo = { child, baseUrl: `http://127.0.0.1:${port}`, stdout: () => stdout, exited };
    started.push(demo);
    await new Promise<void>((ready, fail) => {
      const timer = setTimeout(
        () => fail(new Error(`demo not ready in ${READY_MS} ms:\n${stdout}\n${stderr}`)),
        READY_MS,
      );
      const check = () => {
        if (!stdout.includes(READY_LINE)) return;
        clearTimeout(timer);
        ready();
      };
      child.stdout!.on('data', check);
      void exited.then(({ code, signal }) => {
        clearTimeout(timer);
        fail(
          new Error(
            `demo exited (code ${code}, signal ${signal}) before it was ready:\n${stdout}\n${stderr}`,
          ),
        );
      });
    });
    await waitForHealth(demo.baseUrl);
    return demo;
  }

  async function waitForHealth(baseUrl: string): Promise<void> {
    for (let attempt = 0; attempt < 50; attempt++) {
      const response = await request(baseUrl)
        .get('/api/health')
        .ok(() => true)
        .catch(() => null);
      if (response?.status === 200) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`GET ${baseUrl}/api/health never answered 200`);
  }

  /** Ctrl-C: the process must end by itself (Nest's shutdown hooks re-raise the signal once closed). */
  async function interrupt(demo: Demo): Promise<void> {
    demo.child.kill('SIGINT');
    const timeout = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), EXIT_MS).unref());
    const result = await Promise.race([demo.exited, timeout]);
    expect(result).not.toBe('timeout');
    if (result !== 'timeout') expect(result.code === 0 || result.signal === 'SIGINT').toBe(true);
  }

  function printedAccounts(stdout: string): PrintedAccount[] {
    return [...stdout.matchAll(ACCOUNT_LINE)].map(([, username, role, password, scope]) => ({
      username,
      role,
      password: password ?? null,
      scope,
    }));
  }

  async function login(baseUrl: string, username: string, password: string) {
    return request(baseUrl).post('/api/auth/login').send({ username, password }).expect(200);
  }

  it(
    'migrates a fresh database, imports the documents, prints one account per role and serves them',
    async () => {
      const demo = await startDemo({});
      const stdout = demo.stdout();
      expect(stdout).toContain('乐山市医疗保障局 2024 (27 projects, 27 created)');
      expect(stdout).toContain(
        '乐山市金口河区医疗保障局 2023: 8 historical evaluations (7 scored, 0 printed',
      );
      expect(stdout).toMatch(/^reminders: active: Redis answers/m);
      // A short human summary: no log lines (they go to a file), something on every screen.
      expect(stdout).not.toContain('{"level"');
      expect(stdout).toMatch(/^logs: {6}\.data\/demo\.log$/m);
      expect(stdout).toContain(
        'activity:  evaluations 1 approved, 1 submitted, 1 returned, 1 draft; monitoring reports 1 returned, 1 draft;',
      );
      expect(stdout).toMatch(/\d+ execution records of 6 projects, \d+ open flags;/);
      expect(stdout).toMatch(/reminder calendar: 2024年1–6月绩效运行监控 \d{4}-\d{2}-\d{2}, /);

      // The web app at /, and at its own routes (the SPA fallback); the API keeps its JSON 404s.
      expect(stdout).toMatch(/^web app: {3}http:\/\/localhost:\d+\/ /m);
      for (const page of ['/', '/tasks', '/evaluations/00000000-0000-0000-0000-000000000000']) {
        const html = await request(demo.baseUrl).get(page).set('Accept', 'text/html').expect(200);
        expect(html.text).toContain('<div id="root"></div>');
      }
      const missing = await request(demo.baseUrl).get('/api/nothing-here').set('Accept', 'text/html').expect(404);
      expect(missing.body.code).toBe('ROUTE.NOT_FOUND');

      const accounts = printedAccounts(stdout);
      expect(accounts.map((a) => [a.role, a.scope])).toEqual([
        ['admin', 'every department'],
        ['manager', '乐山市医疗保障局'],
        ['evaluator', '315001 乐山市医疗保障局机关'],
      ]);
      expect(accounts.every((a) => a.password !== null)).toBe(true);
      const [admin, manager] = accounts;

      // The printed password logs in, and the first login is told to change it before anything else.
      const adminLogin = await login(demo.baseUrl, admin.username, admin.password!);
      expect(adminLogin.body).toMatchObject({ mustChangePassword: true, tokenType: 'Bearer' });
      const refused = await request(demo.baseUrl)
        .get('/api/projects')
        .set('Authorization', `Bearer ${adminLogin.body.accessToken}`)
        .expect(403);
      expect(refused.body.code).toBe('AUTH.PASSWORD_CHANGE_REQUIRED');

      // The manager changes its password, then sees the 27 projects of its department, and only those.
      const managerLogin = await login(demo.baseUrl, manager.username, manager.password!);
      const auth = { Authorization: `Bearer ${managerLogin.body.accessToken}` };
      managerPassword = `Demo-${suffix}-Pw1`;
      await request(demo.baseUrl)
        .post('/api/auth/change-password')
        .set(auth)
        .send({ currentPassword: manager.password, newPassword: managerPassword })
        .expect(204);
      const projects = await request(demo.baseUrl).get('/api/projects?pageSize=200').set(auth).expect(200);
      expect(projects.body.total).toBe(27);
      expect(new Set(projects.body.items.map((p: { departmentId: string }) => p.departmentId)).size).toBe(1);

      await interrupt(demo);
    },
    READY_MS + 30_000,
  );

  it(
    'runs again on the same database, without Redis: nothing duplicated, accounts kept',
    async () => {
      expect(managerPassword).not.toBe(''); // the first run went through
      const before = await countProjects();
      expect(before).toBe(27 + 6 + 10 + 6);
      const demo = await startDemo({ REDIS_URL: `redis://127.0.0.1:${await freePort()}` });
      const stdout = demo.stdout();
      expect(stdout.match(/already imported, unchanged/g)).toHaveLength(4);
      expect(stdout).toContain('activity:  evaluations 1 approved, 1 submitted, 1 returned, 1 draft;');
      expect(stdout).toContain('new one-time passwords: npm run demo -- --reset-passwords');
      expect(stdout).toMatch(/^reminders: inactive: Redis does not answer/m);
      expect(printedAccounts(stdout).map((a) => [a.role, a.password])).toEqual([
        ['admin', null],
        ['manager', null],
        ['evaluator', null],
      ]);
      expect(await countProjects()).toBe(before);

      // The password the manager chose survived the re-run.
      const managerLogin = await login(demo.baseUrl, 'leshan-manager', managerPassword);
      expect(managerLogin.body.mustChangePassword).toBe(false);
      const projects = await request(demo.baseUrl)
        .get('/api/projects?pageSize=200')
        .set('Authorization', `Bearer ${managerLogin.body.accessToken}`)
        .expect(200);
      expect(projects.body.total).toBe(27);

      await interrupt(demo);
    },
    READY_MS + 30_000,
  );

  it(
    '--reset-passwords prints new one-time passwords for the demo accounts, and they log in',
    async () => {
      const demo = await startDemo({ REDIS_URL: `redis://127.0.0.1:${await freePort()}` }, [
        '--reset-passwords',
      ]);
      const accounts = printedAccounts(demo.stdout());
      expect(accounts.map((a) => a.role)).toEqual(['admin', 'manager', 'evaluator']);
      expect(accounts.every((a) => a.password !== null)).toBe(true);
      const manager = accounts[1];
      expect(manager.password).not.toBe(managerPassword);
      const managerLogin = await login(demo.baseUrl, manager.username, manager.password!);
      expect(managerLogin.body.mustChangePassword).toBe(true);
      await request(demo.baseUrl)
        .post('/api/auth/login')
        .send({ username: manager.username, password: managerPassword })
        .expect(401);
      await interrupt(demo);
    },
    READY_MS + 30_000,
  );
});
