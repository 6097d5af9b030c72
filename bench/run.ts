/**
 * `npm run bench`: runs every `bench/*.bench.ts` (or only those named: `npm run bench -- scoring`)
 * one after another in this process and prints one JSON report. Each bench measures its subject
 * against a baseline in the same run and reports the ratio, so figures compare across machines.
 * Results are also written to bench/results/latest.json (git-ignored).
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';

interface BenchModule {
  run(): Promise<Record<string, unknown>>;
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => only.length === 0 || only.some((name) => f.includes(name)))
    .sort();
  const results: Record<string, unknown> = {};
  for (const file of files) {
    process.stderr.write(`bench: ${file}…\n`);
    const started = process.hrtime.bigint();
    const bench = (await import(join(__dirname, file))) as BenchModule;
    try {
      results[file.replace(/\.bench\.ts$/, '')] = await bench.run();
    } catch (error) {
      results[file.replace(/\.bench\.ts$/, '')] = { error: error instanceof Error ? error.message : String(error) };
      process.exitCode = 1;
    }
    process.stderr.write(`bench: ${file} took ${Number((process.hrtime.bigint() - started) / 1_000_000n)} ms\n`);
  }
  const report = JSON.stringify({ machine: { node: process.version, cpus: cpus().length }, results }, null, 2);
  mkdirSync(join(__dirname, 'results'), { recursive: true });
  writeFileSync(join(__dirname, 'results', 'latest.json'), report);
  process.stdout.write(`${report}\n`);
}

void main();
