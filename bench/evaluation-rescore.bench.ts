/**
 * A province year of self-evaluations rescored in the database: 100 departments × 5 units × 40 projects
 * = 20,000 evaluations of 2023 with 15 indicator rows each (300,000 rows), generated with set-based SQL in
 * a database of its own, jixiao_bench_rescore (created fresh, dropped at the end: bench/support.ts). Timed: EvaluationService.rescoreYear(null, 2023)
 * (two SELECTs, the engine in process, UPDATE … FROM unnest). Target: under 30 s.
 * Baseline in the same run: a plain SELECT of the same rows (what the rescore has to read anyway).
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/jixiao_bench npm run bench -- evaluation-rescore
 * Without DATABASE_URL an embedded PostgreSQL is started under .data/bench-postgres.
 */
import { AppConfig } from '@jixiao/config';
import { buildDataSourceOptions, sessionTimeouts } from '@jixiao/database';
import { ENTITIES } from '@jixiao/platform';
import { EvaluationAudit, EvaluationService, YearRescore } from '@jixiao/evaluations';
import { parseActualValue, parseIndicatorValue } from '@jixiao/indicator-value';
import { JINKOUHE_PROFILE } from '@jixiao/scoring';
import { DataSource } from 'typeorm';
import { timed, withBenchDatabase } from './support';

const DEPARTMENTS = 100;
const UNITS_PER_DEPARTMENT = 5;
const PROJECTS_PER_UNIT = 40;
const ROWS_PER_EVALUATION = 15;

/** The kinds of row of 驻村工作队队员补助 (Jinkouhe 2023), each worth 6 points (15 × 6 = 90). */
const PROTOTYPES: [string, string, string, string, string | null][] = [
  ['产出指标', '数量指标', '1人', '1人', null],
  ['产出指标', '质量指标', '≥99%', '57%', '驻村工作时间只持续到2023年8月结束'],
  ['产出指标', '时效指标', '2023年12月31日前', '2023年12月31日前', null],
  ['产出指标', '成本指标', '≤1.5万元', '100%', null],
  ['效益指标', '社会效益指标', '优', '优', null],
  ['效益指标', '可持续影响指标', '长效', '长效', null],
  ['满意度指标', '满意度指标', '≥95%', '100%', null],
];

export async function run(): Promise<Record<string, unknown>> {
  return withBenchDatabase('rescore', async ({ url, where }) => {
    const dataSource = new DataSource(buildDataSourceOptions(url, ENTITIES, {}, sessionTimeouts(new AppConfig())));
    await dataSource.initialize();
    try {
      const generateMs = await timed(() => generate(dataSource));
      const [counts] = await dataSource.query(
        `SELECT (SELECT count(*)::int FROM self_evaluation) AS evaluations, (SELECT count(*)::int FROM evaluation_row) AS rows`,
      );
      const baselineMs = await timed(() =>
        dataSource.query(
          `SELECT r.* FROM evaluation_row r JOIN self_evaluation e ON e.id = r.evaluation_id
            WHERE e.year = 2023 ORDER BY r.evaluation_id, r.position`,
        ),
      );
      const service = new EvaluationService(
        dataSource,
        new EvaluationAudit(dataSource),
        undefined as never, // the year rescore never records execution figures
        new YearRescore(dataSource, new AppConfig()),
      );
      let result: Awaited<ReturnType<EvaluationService['rescoreYear']>> | undefined;
      const rescoreMs = await timed(async () => {
        result = await service.rescoreYear(null, 2023);
      });
      const [check] = await dataSource.query(
        // Every generated evaluation scores 100 − 2 × (6 − 3.4) (two `≥99%` vs `57%` rows) − (10 − 5.7) = 90.5.
        `SELECT count(*) FILTER (WHERE total = 90.5)::int AS "at90_5", count(*) FILTER (WHERE total IS DISTINCT FROM 90.5)::int AS other
           FROM self_evaluation`,
      );
      return {
        database: where,
        ...counts,
        generateMs: Math.round(generateMs),
        baselineSelectMs: Math.round(baselineMs),
        rescoreMs: Math.round(rescoreMs),
        ratioToBaseline: Math.round((rescoreMs / baselineMs) * 10) / 10,
        rowsPerSecond: Math.round((counts.rows / rescoreMs) * 1000),
        phasesMs: result?.millis,
        changedTotals: result?.changedTotals,
        refused: result?.refused.length,
        targetMs: 30_000,
        meetsTarget: rescoreMs < 30_000,
        check,
      };
    } finally {
      await dataSource.destroy();
    }
  });
}

/**
 * The province in four statements. Every evaluation: budget 1.5, executed 0.85 (5.7 points), rows cycling
 * through the seven Jinkouhe row kinds; stored scores are blank so the rescore has everything to write.
 */
async function generate(dataSource: DataSource): Promise<void> {
  const prototypes = PROTOTYPES.map(([level1, level2, target, actual, reason]) => {
    const parsed = parseIndicatorValue({ value: target });
    return {
      level1,
      level2,
      targetText: target,
      target: parsed.value,
      direction: parsed.direction,
      actualText: actual,
      actual: parseActualValue(actual),
      reason,
    };
  });
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
    `INSERT INTO self_evaluation (department_id, unit_id, year, project_name, profile, budget, fiscal_budget, executed,
                                 fiscal_executed, execution_deduction_reason, partial_total, findings, state, source, version)
     SELECT u.department_id, u.id, 2023, u.name || '项目' || g, $2::jsonb, 1.5, 1.5, 0.85, 0.85,
            '驻村工作时间只持续到2023年8月结束', 0, '[]', 'draft', 'entered', 1
       FROM budget_unit u, generate_series(1, $1) g`,
    [PROJECTS_PER_UNIT, JSON.stringify(JINKOUHE_PROFILE)],
  );
  await dataSource.query(
    `INSERT INTO evaluation_row (evaluation_id, position, level1, level2, level3, target_text, target, direction, weight,
                                actual_text, actual, reason, rule, reason_text, deduction_reason)
     SELECT e.id, p, k->>'level1', k->>'level2', '指标' || p, k->>'targetText', k->'target', k->>'direction', 6,
            k->>'actualText', k->'actual', 'not-entered', 'not-entered', '', k->>'reason'
       FROM self_evaluation e, generate_series(0, $1 - 1) p, LATERAL (SELECT ($2::jsonb)->(p % 7) AS k) kinds`,
    [ROWS_PER_EVALUATION, JSON.stringify(prototypes)],
  );
  await dataSource.query('ANALYZE self_evaluation; ANALYZE evaluation_row');
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
