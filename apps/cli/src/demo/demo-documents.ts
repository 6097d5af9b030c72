import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Decimal } from '@jixiao/decimal';
import { EvaluationImportService } from '@jixiao/evaluations';
import { decodeDocument, parseSelfEvaluationDocument } from '@jixiao/importers';
import { AuthUser } from '@jixiao/people';
import { Department, DepartmentService, ImportChanges, TargetImportService } from '@jixiao/targets';
import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** The five published documents (test/fixtures/seeds/README.md says what each one is). */
const SEEDS_DIR = resolve(process.cwd(), 'test/fixtures/seeds');
/** The first is the demo department: its manager and evaluator accounts are scoped to it. */
export const TARGET_DOCUMENTS = [
  'leshan-2024-budget.txt',
  'dachuan-2024-budget.txt',
  'jilin-2024-budget.txt',
  'lanshan-2024-budget.txt',
] as const;
export const SELF_EVALUATION_DOCUMENT = 'jinkouhe-2023-final-accounts.txt';

export interface ImportedTargets {
  filename: string;
  departmentId: string;
  department: string;
  year: number;
  projects: number;
  indicators: number;
  /** 万元, two places. */
  budget: string;
  warnings: number;
  changes: ImportChanges['summary'];
  /** The same document was already in: nothing written (what makes the demo re-runnable). */
  unchanged: boolean;
}

export interface ImportedEvaluations {
  filename: string;
  department: string;
  year: number;
  evaluations: number;
  /** Those printed with a total score (a cut-off table has budget and execution only). */
  scored: number;
  /** Printed scores that differ from Jixiao's, over all projects. */
  differences: number;
  warnings: number;
}

function seed(filename: string): Promise<Buffer> {
  return readFile(resolve(SEEDS_DIR, filename));
}

/**
 * A target table, through the import service as `cli import` does: committed in one transaction,
 * matched on natural keys, so importing it again changes nothing.
 */
export async function importTargetDocument(
  app: INestApplicationContext,
  filename: string,
): Promise<ImportedTargets> {
  const { report, changes } = await app
    .get(TargetImportService)
    .importFile(await seed(filename), filename, null);
  const projectDocuments = report.documents.flatMap((d) => (d.kind === 'project-targets' ? [d] : []));
  const first = changes.documents[0];
  return {
    filename,
    departmentId: first.departmentId,
    department: report.documents[0].department.name ?? report.documents[0].department.code ?? '?',
    year: first.fiscalYear,
    projects: projectDocuments.reduce((n, d) => n + d.totals.projects, 0),
    indicators: projectDocuments.reduce((n, d) => n + d.totals.indicators, 0),
    budget: Decimal.sum(projectDocuments.map((d) => Decimal.parse(d.totals.budget))).toFixed(2),
    warnings: report.documents.reduce((n, d) => n + d.warnings.length, 0),
    changes: changes.summary,
    unchanged: changes.unchanged,
  };
}

/**
 * The Jinkouhe 自评表 as historical evaluations, imported by `admin`. No target table of that district
 * is published, so its department is created first (as an admin would) under the name the document
 * prints; a re-import replaces that department's published evaluations of the year with the same ones.
 */
export async function importSelfEvaluationDocument(
  app: INestApplicationContext,
  admin: AuthUser,
): Promise<ImportedEvaluations> {
  const filename = SELF_EVALUATION_DOCUMENT;
  const bytes = await seed(filename);
  const printedDepartment = parseSelfEvaluationDocument(decodeDocument(bytes)).department;
  if (!printedDepartment) throw new Error(`${filename}: no 主管部门 printed`);
  const department =
    (await app.get(DataSource).getRepository(Department).findOneBy({ name: printedDepartment })) ??
    (await app.get(DepartmentService).create({ name: printedDepartment }));
  const result = await app
    .get(EvaluationImportService)
    .importPublished(bytes, filename, admin, { departmentId: department.id });
  return {
    filename,
    department: department.name,
    year: result.year,
    evaluations: result.evaluations.length,
    scored: result.evaluations.filter((e) => e.printedTotal !== null).length,
    differences: result.differenceCount,
    warnings: result.warnings.length,
  };
}
