/**
 * Execution dashboard over a generated province: 100 departments × 5 units × 40 projects = 20,000
 * projects of 2024 with 12 month-end cumulative records each (240,000 records) and their flags, all
 * generated with set-based SQL in a database of its own, jixiao_bench_dashboard (created fresh, dropped at the
 * end: bench/support.ts). Then the
 * dashboard (DashboardService: the two set-based statements plus the names) is timed repeatedly, for the
 * whole province (an admin, every department) and for one department by unit. Target: p95 < 200 ms.
 * Baseline in the same run: `SELECT count(*) FROM execution_record`. Also timed: recomputing the flags of
 * one department (200 projects) as a rule-set change does.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/jixiao_bench npm run bench -- execution-dashboard
 * Without DATABASE_URL an embedded PostgreSQL is started under .data/bench-postgres.
 */
import { buildDataSourceOptions } from '@jixiao/database';
import { DashboardService, FlagRecomputeService, RuleSetsService } from '@jixiao/execution';
import { AuthUser } from '@jixiao/people';
import { ENTITIES } from '@jixiao/platform';
import { DataSource } from 'typeorm';
import { percentile, round, timed, withBenchDatabase } from './support';

const DEPARTMENTS = 100;
const UNITS_PER_DEPARTMENT = 5;
const PROJECTS_PER_UNIT = 40;
const RUNS = 60;
const WARM_UP = 5;

const admin: AuthUser = {
  id: '00000000-0000-4000-8000-000000000001',
  username: 'bench',
  role: 'admin',
  departmentIds: [],
  unitIds: [],
};

export async function run(): Promise<Record<string, unknown>> {
  return withBenchDatabase('dashboard', async ({ url, where }) => {
    const dataSource = new DataSource(buildDataSourceOptions(url, ENTITIES));
    await dataSource.initialize();
    try {
      const generated = round(await timed(() => generate(dataSource)), 2);
      const counts = (
        await dataSource.query(
          `SELECT (SELECT count(*)::int FROM project) AS projects, (SELECT count(*)::int FROM execution_record) AS records,
                (SELECT count(*)::int FROM execution_flag) AS flags`,
        )
      )[0];
      const dashboards = new DashboardService(dataSource);
      const [department] = await dataSource.query('SELECT id FROM department ORDER BY name LIMIT 1');

      const baseline = await sample(() => dataSource.query('SELECT count(*) FROM execution_record'));
      const province = await sample(() => dashboards.dashboard(admin, 2024));
      const oneDepartment = await sample(() => dashboards.dashboard(admin, 2024, department.id));
      const check = await dashboards.dashboard(admin, 2024);

      const clock = { now: () => new Date('2024-12-31T04:00:00Z') };
      const recompute = new FlagRecomputeService(new RuleSetsService(), clock);
      const recomputeMs = round(
        await timed(() => dataSource.transaction((m) => recompute.recomputeDepartment(m, department.id, 2024))),
        2,
      );

      return {
        database: where,
        ...counts,
        generateMs: generated,
        baselineCountP50Ms: baseline.p50,
        provinceDashboard: { ...province, ratioToBaseline: round(province.p50 / baseline.p50, 2) },
        departmentDashboard: { ...oneDepartment, ratioToBaseline: round(oneDepartment.p50 / baseline.p50, 2) },
        targetP95Ms: 200,
        meetsTarget: province.p95 < 200 && oneDepartment.p95 < 200,
        recomputeOneDepartmentMs: recomputeMs,
        check: {
          budget: check.total.budget,
          executed: check.total.executed,
          rate: check.total.rate,
          flags: check.total.flags.total,
        },
      };
    } finally {
      await dataSource.destroy();
    }
  });
}

/** The province in five statements; amounts are exact numerics computed in SQL. */
async function generate(dataSource: DataSource): Promise<void> {
  await dataSource.query(
    `INSERT INTO department (code, name, natural_key)
     SELECT lpad(g::text, 3, '0'), '部门' || lpad(g::text, 3, '0'), 'bench-' || g FROM generate_series(1, $1) g`,
    [DEPARTMENTS],
  );
  await dataSource.query(
    `INSERT INTO budget_unit (department_id, code, name, natural_key)
     SELECT d.id, d.code || lpad(u::text, 3, '0'), d.name || '单位' || u, 'unit-' || u FROM department d, generate_series(1, $1) u`,
    [UNITS_PER_DEPARTMENT],
  );
  await dataSource.query(
    `INSERT INTO project (department_id, unit_id, fiscal_year, code, name, natural_key, category, budget, version)
     SELECT u.department_id, u.id, 2024, u.code || lpad(g::text, 4, '0'), u.name || '项目' || g, u.natural_key || '|' || g,
            '特定目标类', round((10 + (hashtext(u.id::text || g) & 65535) / 64.0)::numeric, 2), 1
       FROM budget_unit u, generate_series(1, $1) g`,
    [PROJECTS_PER_UNIT],
  );
  // Cumulative at each month end: budget × month/12 × a pace of 30–110 % fixed per project, so it never decreases.
  await dataSource.query(
    `INSERT INTO execution_record (project_id, as_of, executed, source)
     SELECT p.id, (make_date(2024, m, 1) + interval '1 month' - interval '1 day')::date,
            round(p.budget * m / 12 * (30 + (hashtext(p.id::text) & 65535) % 81) / 100, 2), 'import'
       FROM project p, generate_series(1, 12) m`,
  );
  // Year-end flags as the library raises them for these rates (<100 % under, >100 % over; severity by band).
  await dataSource.query(
    `INSERT INTO execution_flag (subject, subject_id, department_id, unit_id, project_id, fiscal_year, code, severity, colour, rate, message, figures, status)
     SELECT 'project', p.id, p.department_id, p.unit_id, p.id, 2024, f.code, f.severity,
            CASE f.severity WHEN 'severe' THEN 'red' ELSE 'yellow' END, r.rate, f.code || ' ' || r.rate || '%',
            jsonb_build_object('code', f.code, 'rate', r.rate::text), 'open'
       FROM project p
       JOIN execution_record e ON e.project_id = p.id AND e.as_of = '2024-12-31'
       CROSS JOIN LATERAL (SELECT round(e.executed * 100 / p.budget, 1) AS rate) r
       CROSS JOIN LATERAL (
         SELECT CASE WHEN r.rate > 100 THEN 'OVER_EXECUTED' ELSE 'UNDER_EXECUTED' END AS code,
                CASE WHEN r.rate > 100 THEN 'moderate' WHEN r.rate >= 90 THEN 'minor' WHEN r.rate >= 60 THEN 'moderate' ELSE 'severe' END AS severity) f
      WHERE r.rate <> 100`,
  );
  await dataSource.query('ANALYZE');
}

async function sample(
  task: () => Promise<unknown>,
): Promise<{ runs: number; p50: number; p95: number; max: number }> {
  for (let i = 0; i < WARM_UP; i++) await task();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(round(await timed(task), 2));
  times.sort((a, b) => a - b);
  return { runs: RUNS, p50: percentile(times, 50), p95: percentile(times, 95), max: times[times.length - 1] };
}


if (require.main === module) {
  run().then(
    (result) => console.log(JSON.stringify(result, null, 2)),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
