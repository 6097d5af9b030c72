import type { ImportPublishedResult } from '@jixiao/evaluations';
import { readSelfEvaluationFile } from '@jixiao/importers';
import {
  DEFAULT_PROFILE_ID,
  SCORING_PROFILES,
  ScoreReport,
  scoreSelfEvaluation,
  ScoringProfileId,
} from '@jixiao/scoring';
import { isUUID } from 'class-validator';
import { basename } from 'node:path';
import { CliUsageError } from '../cli-arguments';
import { CliCommand, EXIT_BAD_INPUT, EXIT_OK } from '../cli-command';
import { withCliContext } from '../cli-context';
import { readInputFile } from './read-input-file';
import { Refusal, refusalOf } from './refusal';

/**
 * `score <file> [--dry-run] [--json] [--profile jinkouhe|standard] [--department <id>]`: a published
 * 部门预算项目支出绩效自评表 document rescored next to its printed scores; with --dry-run also a 自评表
 * handed in as .xlsx (one project per sheet, or Jixiao's own export) or .csv, 得分 filled or blank. --dry-run needs no database;
 * otherwise the projects are stored as historical evaluations of the department named 主管部门 (or --department).
 */
export const scoreCommand: CliCommand = {
  name: 'score',
  usage:
    'score <file.txt|.csv|.xlsx> [--dry-run] [--json] [--profile jinkouhe|standard] [--department <id>]   score a published self-evaluation document',
  valueOptions: ['profile', 'department'],
  flags: ['dry-run', 'json'],
  async run(args, output) {
    const profile = profileOption(args.options.get('profile'));
    const departmentId = args.options.get('department');
    if (departmentId !== undefined && !isUUID(departmentId))
      throw new CliUsageError(`--department takes a department id (a UUID), not "${departmentId}"`);
    const path = args.positionals[0];
    const bytes = await readInputFile(path, this.usage);
    const json = args.flags.has('json');
    const refuse = (problem: Refusal) => {
      output.err(
        json ? JSON.stringify({ error: problem }) : `score refused: ${problem.message} (${problem.code})`,
      );
      return EXIT_BAD_INPUT;
    };
    try {
      if (args.flags.has('dry-run')) {
        const report = scoreSelfEvaluation(await readSelfEvaluationFile(bytes, path), { profile });
        // Same refusal as the import: a file without a 自评表, or whose tables have no indicator row that
        // can be read, is the wrong file (or a broken one), not an empty result.
        const missing = report.warnings.find(
          (w) => w.code === 'NO_SELF_EVALUATION' || w.code === 'NO_INDICATORS',
        );
        if (missing) return refuse({ code: missing.code, message: missing.message });
        output.out(json ? JSON.stringify(report, null, 2) : summariseReport(report));
        return EXIT_OK;
      }
      const result = await withCliContext(async (context) => {
        const { EvaluationImportService } = await import('@jixiao/evaluations');
        // null: the system acts (audited as such), there is no logged-in user in a shell.
        return context
          .get(EvaluationImportService)
          .importPublished(bytes, basename(path), null, { profile, departmentId });
      });
      output.out(json ? JSON.stringify(result, null, 2) : summariseImport(result));
      return EXIT_OK;
    } catch (error) {
      const problem = refusalOf(error);
      if (!problem) throw error;
      return refuse(problem);
    }
  },
};

function profileOption(value: string | undefined): ScoringProfileId {
  if (value === undefined) return DEFAULT_PROFILE_ID;
  if (Object.hasOwn(SCORING_PROFILES, value)) return value as ScoringProfileId;
  throw new CliUsageError(`unknown --profile "${value}": one of ${Object.keys(SCORING_PROFILES).join(', ')}`);
}

function summariseReport(report: ScoreReport): string {
  const lines = [
    `${report.department ?? '?'} ${report.year ?? '?'}: ${report.projects.length} projects, profile ${report.profile.id} v${report.profile.version}`,
    ...report.warnings.map((w) => `warning ${w.code}${w.line ? ` (line ${w.line})` : ''}: ${w.message}`),
  ];
  for (const p of report.projects) {
    const rate = p.executionRate === null ? 'rate undefined' : `${p.executionRate}%`;
    const total = p.total ?? 'not scored';
    lines.push(
      '',
      `${p.name}`,
      `  预算执行率 ${rate} (${p.executed ?? '?'} of ${p.budget ?? '?'} 万元); total ${total}, printed ${p.printedTotal ?? '-'}; grade ${p.grade ?? '-'}`,
      ...p.findings.map((f) => `  ${f.code}: ${f.message}`),
      ...p.differences.map(
        (d) => `  DIFFERENCE ${d.indicator}: printed ${d.printed}, computed ${d.computed ?? '-'}`,
      ),
    );
  }
  return lines.join('\n');
}

function summariseImport(result: ImportPublishedResult): string {
  return [
    `imported ${result.evaluations.length} historical evaluations, year ${result.year}, department ${result.departmentId}, profile ${result.profile}; ${result.differenceCount} printed scores differ`,
    ...result.warnings.map((w) => `warning ${w.code}${w.line ? ` (line ${w.line})` : ''}: ${w.message}`),
    ...result.evaluations.map(
      (e) =>
        `  ${e.id}  ${e.projectName}: total ${e.total ?? 'not scored'}, printed ${e.printedTotal ?? '-'}, grade ${e.grade ?? '-'}`,
    ),
  ].join('\n');
}
