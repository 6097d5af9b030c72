/**
 * Scoring-engine throughput: generated projects of ten indicator rows in the Jinkouhe shapes (met,
 * completion rate, percentage missed, deadlines, qualitative, reverse missed), scored with the jinkouhe
 * profile on one core. Target: ≥ 1,000,000 rows per second. A trivial loop over the same rows (summing
 * weights) is timed alongside, so the figure can be read against the machine.
 *
 *   node -r @swc-node/register bench/scoring-engine.bench.ts
 */
import { Decimal } from '@jixiao/decimal';
import { indicatorFromPrinted, JINKOUHE_PROFILE, ProjectInput, scoreProject } from '@jixiao/scoring';

const ROWS = 300_000;
const ROWS_PER_PROJECT = 10;

// [年度指标值, 实际完成值, 分值, 扣分原因] — shapes of the Jinkouhe tables plus two the standard rules decide.
const SHAPES: [string, string, string, string | null][] = [
  ['1人', '1人', '10', null],
  ['≥99%', '57%', '10', '驻村工作时间只持续到8月'],
  ['2023年12月31日前', '2023年12月31日前', '10', null],
  ['≤1.5万元', '100%', '10', null],
  ['优', '优', '10', null],
  ['长效', '长效', '5', null],
  ['≥95%', '100%', '10', null],
  ['据实', '68%', '10', '参保人数减少'],
  ['≥5次', '4次', '10', '培训延期'],
  ['≤400元/人', '450元/人', '5', '价格上涨'],
];

export interface ScoringBenchResult {
  name: string;
  rows: number;
  rowsPerSecond: number;
  baselineRowsPerSecond: number;
  /** baseline / engine: how many times slower than merely touching every row. */
  slowdown: number;
  milliseconds: number;
  checksum: string;
}

function buildProjects(): ProjectInput[] {
  const shapes = SHAPES.map(([target, actual, weight, deductionReason]) =>
    indicatorFromPrinted({
      level1: '产出指标',
      level2: '数量指标',
      level3: target,
      target,
      actual,
      weight: Decimal.parse(weight),
      deductionReason,
    }),
  );
  const projects: ProjectInput[] = [];
  for (let p = 0; p < ROWS / ROWS_PER_PROJECT; p++) {
    projects.push({
      indicators: shapes.map((shape) => ({ ...shape })),
      budget: Decimal.parse('1.5'),
      executed: Decimal.fromUnits(BigInt(50 + (p % 120)), 2),
      executionDeductionReason: '驻村工作时间只持续到8月',
      year: 2023,
    });
  }
  return projects;
}

function time(fn: () => Decimal): [number, Decimal] {
  const start = process.hrtime.bigint();
  const result = fn();
  return [Number(process.hrtime.bigint() - start) / 1e6, result];
}

export async function run(): Promise<ScoringBenchResult> {
  const projects = buildProjects();
  const score = (): Decimal => {
    let sum = Decimal.ZERO;
    for (const project of projects) sum = sum.add(scoreProject(project, JINKOUHE_PROFILE).partialTotal);
    return sum;
  };
  const baseline = (): Decimal => {
    let sum = Decimal.ZERO;
    for (const project of projects) for (const row of project.indicators) sum = sum.add(row.weight);
    return sum;
  };
  score(); // warm-up: compile the profile, let the JIT settle
  baseline();
  let best = Infinity;
  let bestBaseline = Infinity;
  let checksum = Decimal.ZERO;
  for (let i = 0; i < 3; i++) {
    const [ms, sum] = time(score);
    best = Math.min(best, ms);
    checksum = sum;
    bestBaseline = Math.min(bestBaseline, time(baseline)[0]);
  }
  const rowsPerSecond = Math.round((ROWS / best) * 1000);
  const baselineRowsPerSecond = Math.round((ROWS / bestBaseline) * 1000);
  return {
    name: 'scoring-engine',
    rows: ROWS,
    rowsPerSecond,
    baselineRowsPerSecond,
    slowdown: Math.round((baselineRowsPerSecond / rowsPerSecond) * 10) / 10,
    milliseconds: Math.round(best),
    checksum: checksum.toString(),
  };
}

if (require.main === module) {
  run().then(
    (result) => console.log(JSON.stringify(result)),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
