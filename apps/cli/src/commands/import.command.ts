import { ImportError, importDocument, toImportReportJson } from '@jixiao/importers';
import { DomainError } from '@jixiao/platform';
import { basename } from 'node:path';
import { CliCommand, EXIT_BAD_INPUT, EXIT_OK } from '../cli-command';
import { withCliContext } from '../cli-context';
import { readInputFile } from './read-input-file';
import { refusalOf } from './refusal';

/**
 * `import <file> [--dry-run] [--json]`: reads a published target table (text, .csv, .xlsx).
 * --dry-run parses without a database and prints the report; otherwise the import is committed in one transaction.
 */
export const importCommand: CliCommand = {
  name: 'import',
  usage: 'import <file> [--dry-run] [--json]   import a published performance-target table',
  valueOptions: [],
  flags: ['dry-run', 'json'],
  async run(args, output) {
    const path = args.positionals[0];
    const bytes = await readInputFile(path, this.usage);
    const json = args.flags.has('json');
    try {
      if (args.flags.has('dry-run')) {
        const report = toImportReportJson(await importDocument({ bytes, filename: basename(path) }));
        output.out(json ? JSON.stringify(report, null, 2) : summarise(report));
        return EXIT_OK;
      }
      const result = await withCliContext(async (context) => {
        const { TargetImportService } = await import('@jixiao/targets');
        return context.get(TargetImportService).importFile(bytes, basename(path), null);
      });
      output.out(json ? JSON.stringify(result, null, 2) : summarise(result.report));
      return EXIT_OK;
    } catch (error) {
      // A bad file (ImportError) without a database; with one, the import service's DomainError.
      const refusal = refusalOf(error);
      if (!refusal) throw error;
      const details =
        error instanceof ImportError
          ? { line: error.line, field: error.field }
          : error instanceof DomainError
            ? error.details
            : {};
      const problem = { ...refusal, ...details };
      output.err(
        json ? JSON.stringify({ error: problem }) : `import refused: ${refusal.message} (${refusal.code})`,
      );
      return EXIT_BAD_INPUT;
    }
  },
};

function summarise(report: ReturnType<typeof toImportReportJson>): string {
  return report.documents
    .map((doc) => {
      const head = `${doc.kind} (${doc.layout}, ${doc.year ?? '?'})`;
      const lines =
        doc.kind === 'project-targets'
          ? [
              `${head}: ${doc.totals.projects} projects, ${doc.totals.indicators} indicators, budget ${doc.totals.budget} 万元`,
            ]
          : [head];
      for (const w of doc.warnings)
        lines.push(`  warning ${w.code}${w.line ? ` (line ${w.line})` : ''}: ${w.message}`);
      return lines.join('\n');
    })
    .join('\n');
}
