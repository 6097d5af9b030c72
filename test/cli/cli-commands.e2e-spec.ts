import * as argon2 from 'argon2';
import * as iconv from 'iconv-lite';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { uniqueSuffix } from '../support/test-app';

const ROOT = resolve(__dirname, '../..');
const FIXTURE = 'test/fixtures/seeds/jinkouhe-2023-final-accounts.txt';
const EXIT_USAGE = 64;
const EXIT_BAD_INPUT = 65;
/** A database that does not exist: the dry runs must never need one. */
const NO_DATABASE = 'postgres://nobody@127.0.0.1:1/no_such_test';
/** Each CLI start boots the application (2–3 s of CPU); the batches below run several at once. */
const CLI_BATCH_TIMEOUT = 180_000;

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** The real CLI in a child process, as `npm run -s cli -- …` runs it. */
function cli(args: string[], databaseUrl: string): Promise<CliRun> {
  const env = { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent', MIGRATIONS_RUN: 'false' };
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['-r', '@swc-node/register', 'apps/cli/src/main.ts', ...args],
      { cwd: ROOT, env, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        done({ code, stdout, stderr });
      },
    );
  });
}

/** A refusal is a message, never a stack trace. */
function expectRefusal(run: CliRun, code: number, message: RegExp): void {
  expect([run.code, run.stdout, run.stderr]).toEqual([code, '', expect.stringMatching(message)]);
  expect(run.stderr).not.toMatch(/^\s+at /m);
}

interface ReportJson {
  profile: { id: string };
  warnings: { code: string }[];
  projects: {
    name: string;
    budget: string | null;
    executed: string | null;
    executionRate: string | null;
    total: string | null;
    printedTotal: string | null;
    grade: string | null;
    rows: Record<string, unknown>[];
    findings: { code: string; [figure: string]: unknown }[];
  }[];
}

const project = (report: ReportJson, name: string) => {
  const found = report.projects.find((p) => p.name === name);
  if (!found) throw new Error(`no project ${name}`);
  return found;
};

describe('cli score --dry-run (no database)', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'jixiao-cli-'));
  const gb18030 = join(scratch, 'jinkouhe-gb18030.txt');
  const empty = join(scratch, 'empty.txt');
  let runs: Record<string, CliRun>;

  beforeAll(async () => {
    writeFileSync(gb18030, iconv.encode(readFileSync(resolve(ROOT, FIXTURE), 'utf8'), 'gb18030'));
    writeFileSync(empty, '');
    const invocations: Record<string, string[]> = {
      jinkouhe: ['score', FIXTURE, '--dry-run', '--json'],
      standard: ['score', FIXTURE, '--dry-run', '--json', '--profile', 'standard'],
      gb18030: ['score', gb18030, '--dry-run', '--json', '--profile=jinkouhe'],
      summary: ['score', FIXTURE, '--dry-run'],
      noFile: ['score', '--dry-run'],
      missingFile: ['score', join(scratch, 'missing.txt'), '--dry-run'],
      emptyFile: ['score', empty, '--dry-run', '--json'],
      targetTable: ['score', 'test/fixtures/seeds/leshan-2024-budget.txt', '--dry-run'],
      unknownProfile: ['score', FIXTURE, '--dry-run', '--profile', 'generous'],
    };
    const entries = await Promise.all(
      Object.entries(invocations).map(async ([name, args]) => [name, await cli(args, NO_DATABASE)] as const),
    );
    runs = Object.fromEntries(entries);
  }, CLI_BATCH_TIMEOUT);
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  const report = (name: string): ReportJson => {
    expect([runs[name].code, runs[name].stderr]).toEqual([0, '']);
    return JSON.parse(runs[name].stdout);
  };

  it('reproduces the seven printed totals, the execution rates and the document warnings (jinkouhe)', () => {
    const jinkouhe = report('jinkouhe');
    expect(jinkouhe.profile.id).toBe('jinkouhe');
    expect(jinkouhe.warnings.map((w) => w.code)).toEqual(['TABLE_CUT_OFF', 'TABLE_PRINTED_TWICE']);
    const scored = jinkouhe.projects.filter((p) => p.printedTotal !== null);
    expect(scored.map((p) => [p.total, p.printedTotal])).toEqual(
      ['91.4', '60', '93.6', '92', '80', '80', '100'].map((total) => [total, total]),
    );
    expect(jinkouhe.projects.map((p) => [p.name, p.executionRate])).toEqual([
      ['城乡居民医疗保险区财政补助', '96.6'],
      ['驻村工作队队员补助', '56.7'],
      ['征地农转非城镇职工医疗保险补助', '0'],
      ['征地农转非城乡居民医疗保险财政补助', '68.3'],
      ['建国初期退休人员门诊医疗补助资金', '20'],
      ['医保基金监督举报奖励经费', '0'],
      ['建国初期退休人员住院医疗补助资金', '0'],
      ['城镇18周岁以上低保三无人员和尘肺病患者医疗', '110.8'],
    ]);
    const cutOff = project(jinkouhe, '城乡居民医疗保险区财政补助');
    expect([cutOff.budget, cutOff.executed, cutOff.total, cutOff.grade]).toEqual([
      '140',
      '135.22',
      null,
      null,
    ]);
  });

  it('prints every field of a project and of its rows, with the execution-rate findings and their figures', () => {
    const jinkouhe = report('jinkouhe');
    for (const p of jinkouhe.projects) {
      for (const key of [
        'name',
        'budget',
        'executed',
        'executionRate',
        'rows',
        'total',
        'printedTotal',
        'grade',
        'findings',
      ])
        expect(p).toHaveProperty(key);
      for (const row of p.rows)
        for (const key of [
          'level1',
          'level2',
          'level3',
          'target',
          'actual',
          'weight',
          'score',
          'printedScore',
          'reason',
        ])
          expect(row).toHaveProperty(key);
    }
    expect(project(jinkouhe, '城镇18周岁以上低保三无人员和尘肺病患者医疗').findings).toEqual([
      expect.objectContaining({ code: 'OVER_EXECUTED', rate: '110.8', budget: '2.5', executed: '2.77' }),
    ]);
    expect(project(jinkouhe, '驻村工作队队员补助').findings).toContainEqual(
      expect.objectContaining({ code: 'UNDER_EXECUTED', rate: '56.7', reasonRequired: true }),
    );
    expect(project(jinkouhe, '建国初期退休人员门诊医疗补助资金').findings).toContainEqual(
      expect.objectContaining({ code: 'REASON_MISSING', indicator: '预算执行率', score: '2', weight: '10' }),
    );
  });

  it('scores ≥99% vs 57% as 5.8 under the standard profile, 5.7 under jinkouhe', () => {
    const row = (name: string) =>
      project(report(name), '驻村工作队队员补助').rows.find((r) => r.level3 === '完成任务率');
    expect([row('jinkouhe')?.score, row('standard')?.score, row('standard')?.printedScore]).toEqual([
      '5.7',
      '5.8',
      '5.7',
    ]);
    expect(project(report('standard'), '驻村工作队队员补助').total).toBe('91.5');
  });

  it('reads the same document saved as GB18030', () => {
    expect(report('gb18030')).toEqual(report('jinkouhe'));
  });

  it('prints a readable summary per project without --json', () => {
    const { code, stdout } = runs.summary;
    expect(code).toBe(0);
    expect(stdout).toContain('warning TABLE_CUT_OFF (line 311)');
    expect(stdout).toContain(
      '驻村工作队队员补助\n  预算执行率 56.7% (0.85 of 1.5 万元); total 91.4, printed 91.4; grade 优\n  UNDER_EXECUTED: ',
    );
    expect(stdout).toContain(
      '预算执行率 110.8% (2.77 of 2.5 万元); total 100, printed 100; grade 优\n  OVER_EXECUTED: ',
    );
  });

  it('refuses bad input with a message and a non-zero exit', () => {
    expectRefusal(runs.noFile, EXIT_USAGE, /a file is required/);
    expectRefusal(runs.missingFile, EXIT_USAGE, /no such file: .*missing\.txt/);
    expectRefusal(runs.unknownProfile, EXIT_USAGE, /unknown --profile "generous": one of jinkouhe, standard/);
    expectRefusal(
      runs.targetTable,
      EXIT_BAD_INPUT,
      /score refused: no 部门预算项目支出绩效自评表.*NO_SELF_EVALUATION/,
    );
    expectRefusal(runs.emptyFile, EXIT_BAD_INPUT, /"code":"EMPTY_FILE"/);
  });
});

describe('cli against a database of its own (migrate, create-admin, score without --dry-run)', () => {
  // A fresh database: create-admin succeeds only while no admin exists, and other suites create admins.
  const name = `jixiao_cli_${uniqueSuffix()}_test`;
  const server = new URL(process.env.DATABASE_URL as string);
  const url = Object.assign(new URL(server), { pathname: `/${name}` }).toString();
  const admin = Object.assign(new URL(server), { pathname: '/postgres' }).toString();
  let db: Client;

  beforeAll(async () => {
    const client = new Client({ connectionString: admin });
    await client.connect();
    await client.query(`CREATE DATABASE "${name}"`).finally(() => client.end());
    const migrate = await cli(['migrate'], url);
    expect([migrate.code, migrate.stdout]).toEqual([0, expect.stringMatching(/^applied: /)]);
    db = new Client({ connectionString: url });
    await db.connect();
  }, CLI_BATCH_TIMEOUT);
  afterAll(async () => {
    await db?.end();
    const client = new Client({ connectionString: admin });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).finally(() => client.end());
  });

  it(
    'import without --dry-run: a refused file is a message and EXIT_BAD_INPUT, nothing written',
    async () => {
      const scratch = mkdtempSync(join(tmpdir(), 'jixiao-cli-import-'));
      const noTable = join(scratch, 'no-table.txt');
      writeFileSync(noTable, '这不是绩效目标表\n');
      try {
        const refused = await cli(['import', noTable], url);
        expectRefusal(refused, EXIT_BAD_INPUT, /^import refused: .*\(IMPORT\.[A-Z_]+\)$/m);
        expect((await db.query('SELECT count(*)::int AS n FROM project')).rows[0].n).toBe(0);
      } finally {
        rmSync(scratch, { recursive: true, force: true });
      }
    },
    CLI_BATCH_TIMEOUT,
  );

  it(
    'creates the first administrator with a one-time password that verifies and must be changed',
    async () => {
      const [badName, noName] = await Promise.all([
        cli(['create-admin', 'root admin!'], url),
        cli(['create-admin'], url),
      ]);
      expectRefusal(badName, EXIT_BAD_INPUT, /create-admin refused: .*USER\.USERNAME_INVALID/);
      expectRefusal(noName, EXIT_USAGE, /one username is required/);

      const created = await cli(['create-admin', 'Root'], url);
      expect(created.code).toBe(0);
      const password = /^one-time password: (\S+)$/m.exec(created.stdout)?.[1] ?? '';
      expect(password).toMatch(/^.{16}$/);
      const { rows } = await db.query(
        'SELECT username, role, must_change_password, password_hash FROM user_account',
      );
      expect(rows).toEqual([
        expect.objectContaining({ username: 'root', role: 'admin', must_change_password: true }),
      ]);
      expect(await argon2.verify(rows[0].password_hash, password)).toBe(true);

      const second = await cli(['create-admin', 'other'], url);
      expectRefusal(second, EXIT_BAD_INPUT, /create-admin refused: .*USER\.ADMIN_EXISTS/);
      expect((await db.query('SELECT count(*)::int AS n FROM user_account')).rows[0].n).toBe(1);
    },
    CLI_BATCH_TIMEOUT,
  );

  it(
    'imports the document as historical evaluations of the department it names',
    async () => {
      const [unknownDepartment, unknownId] = await Promise.all([
        cli(['score', FIXTURE, '--json'], url),
        cli(['score', FIXTURE, '--department', '00000000-0000-4000-8000-000000000000'], url),
      ]);
      expectRefusal(unknownDepartment, EXIT_BAD_INPUT, /EVALUATION_IMPORT\.DEPARTMENT_UNKNOWN/);
      expectRefusal(unknownId, EXIT_BAD_INPUT, /DEPARTMENT\.NOT_FOUND/);

      const department = (
        await db.query(
          `INSERT INTO department (code, name, natural_key) VALUES ('jkh', '乐山市金口河区医疗保障局', 'jkh') RETURNING id`,
        )
      ).rows[0].id;
      const imported = await cli(['score', FIXTURE, '--json'], url);
      expect(imported.code).toBe(0);
      const result = JSON.parse(imported.stdout);
      expect([result.departmentId, result.year, result.profile, result.differenceCount]).toEqual([
        department,
        2023,
        'jinkouhe',
        0,
      ]);
      expect(result.warnings.map((w: { code: string }) => w.code)).toEqual([
        'TABLE_CUT_OFF',
        'TABLE_PRINTED_TWICE',
      ]);

      const stored = await db.query(
        `SELECT project_name, budget, executed, total, printed_total, grade, source, state,
              (SELECT count(*)::int FROM evaluation_row r WHERE r.evaluation_id = e.id) AS rows
         FROM self_evaluation e WHERE department_id = $1 AND year = 2023 ORDER BY total NULLS FIRST, budget`,
        [department],
      );
      expect(
        stored.rows.map((r) => [
          r.project_name,
          r.budget,
          r.executed,
          r.total,
          r.printed_total,
          r.grade,
          r.rows,
        ]),
      ).toEqual([
        ['城乡居民医疗保险区财政补助', '140.00', '135.22', null, null, null, 0],
        ['征地农转非城镇职工医疗保险补助', '5.00', '0.00', '60.0', '60.0', '中', 7],
        ['医保基金监督举报奖励经费', '1.00', '0.00', '80.0', '80.0', '良', 7],
        ['建国初期退休人员住院医疗补助资金', '4.00', '0.00', '80.0', '80.0', '良', 7],
        ['驻村工作队队员补助', '1.50', '0.85', '91.4', '91.4', '优', 7],
        ['建国初期退休人员门诊医疗补助资金', '2.00', '0.40', '92.0', '92.0', '优', 7],
        ['征地农转非城乡居民医疗保险财政补助', '15.00', '10.24', '93.6', '93.6', '优', 7],
        ['城镇18周岁以上低保三无人员和尘肺病患者医疗', '2.50', '2.77', '100.0', '100.0', '优', 7],
      ]);
      expect(stored.rows.every((r) => r.source === 'published' && r.state === 'approved')).toBe(true);
      const audit = await db.query(
        `SELECT user_id, client_address FROM audit_entry WHERE action = 'EVALUATION.IMPORT' AND outcome = 'success'`,
      );
      expect(audit.rows).toEqual([{ user_id: null, client_address: 'system' }]);
    },
    CLI_BATCH_TIMEOUT,
  );
});
