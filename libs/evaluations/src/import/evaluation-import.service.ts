import { AppConfig, importLimits } from '@jixiao/config';
import {
  ImportError,
  readSelfEvaluationFile,
  SelfEvaluationDocument,
  UploadLimits,
} from '@jixiao/importers';
import { AuthUser, canSeeDepartment } from '@jixiao/people';
import { DomainError } from '@jixiao/platform';
import {
  DEFAULT_PROFILE_ID,
  SCORING_PROFILES,
  ScoringProfileId,
  ScoringValidationError,
} from '@jixiao/scoring';
import { Department, importErrorToDomain, Project } from '@jixiao/targets';
import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { EvaluationAudit } from '../audit/evaluation-audit';
import { EvaluationRow, SelfEvaluation } from '../entities';
import { rescoreStored } from '../scoring/stored-evaluation-score';
import { differencesOf, publishedEvaluation } from './published-evaluation';
import { ImportedEvaluationSummary, ImportPublishedResult } from './import-published.view';

export type { ImportedEvaluationSummary, ImportPublishedResult };

export interface ImportPublishedOptions {
  /** Department to file under; default: the one named 主管部门 in the document (by name). */
  departmentId?: string;
  profile?: ScoringProfileId;
}


/**
 * Imports a published 部门预算项目支出绩效自评表 document (Jinkouhe layout) as historical evaluations:
 * printed scores kept as printed, Jixiao's computed beside them, every difference reported. Re-importing
 * the same department and year replaces its historical evaluations; all in one transaction.
 */
@Injectable()
export class EvaluationImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: EvaluationAudit,
    private readonly config: AppConfig,
  ) {}

  /**
   * Also the CLI hook: `importPublished(bytes, 'jinkouhe-2023-final-accounts.txt', null)`. A null actor is
   * the system (the CLI), which sees every department.
   */
  async importPublished(
    bytes: Buffer,
    filename: string,
    actor: AuthUser | null,
    options: ImportPublishedOptions = {},
  ): Promise<ImportPublishedResult> {
    const profileId = options.profile ?? DEFAULT_PROFILE_ID;
    const event = { action: 'EVALUATION.IMPORT', evaluationId: null, after: { filename, ...options } };
    return this.audit.attempt(actor, event, async () => {
      const document = await read(bytes, filename, importLimits(this.config));
      if (document.projects.length === 0) {
        throw new DomainError(
          'invalid',
          'EVALUATION_IMPORT.NO_SELF_EVALUATION',
          '文件中没有部门预算项目支出绩效自评表',
          {
            filename,
            warnings: document.warnings,
          },
        );
      }
      const unreadable = document.warnings.find((w) => w.code === 'NO_INDICATORS');
      if (unreadable) {
        throw new DomainError(
          'invalid',
          'EVALUATION_IMPORT.NO_INDICATORS',
          '文件中的自评表没有一行能读出的绩效指标（表头 一级指标…分值/权重、得分 及有分值的指标行）',
          { filename, warnings: document.warnings },
        );
      }
      const year = document.year ?? document.projects.find((p) => p.year !== null)?.year ?? null;
      if (year === null) {
        throw new DomainError('invalid', 'EVALUATION_IMPORT.YEAR_UNKNOWN', '无法从文件中读出年度', {
          filename,
        });
      }
      return this.dataSource.transaction(async (manager) => {
        const department = await this.department(
          manager.getRepository(Department),
          actor,
          options,
          document.department,
        );
        const names = document.projects.map((p) => p.name);
        const projects = await manager.find(Project, {
          where: { departmentId: department.id, fiscalYear: year, name: In(names) },
        });
        const projectByName = new Map(projects.map((p) => [p.name, p]));
        await manager.delete(SelfEvaluation, { departmentId: department.id, year, source: 'published' });
        const summaries: ImportedEvaluationSummary[] = [];
        for (const printed of document.projects) {
          const project = projectByName.get(printed.name) ?? null;
          const { evaluation, rows } = publishedEvaluation(printed, {
            departmentId: department.id,
            year,
            profile: structuredClone(SCORING_PROFILES[profileId]),
            sourceFile: filename,
            project: project && { id: project.id, unitId: project.unitId },
          });
          try {
            rescoreStored(evaluation, rows);
          } catch (error) {
            if (!(error instanceof ScoringValidationError)) throw error;
            throw new DomainError('invalid', error.code, `${printed.name}：${error.message}`, {
              project: printed.name,
              row: error.rowIndex === null ? null : error.rowIndex + 1,
              indicator: error.rowName,
              line: error.rowIndex === null ? printed.line : printed.indicators[error.rowIndex]?.line,
            });
          }
          evaluation.differences = differencesOf(evaluation, rows);
          const saved = await manager.save(SelfEvaluation, evaluation);
          for (const row of rows) row.evaluationId = saved.id;
          await manager.save(EvaluationRow, rows);
          summaries.push({
            id: saved.id,
            projectName: saved.projectName,
            projectId: saved.projectId,
            budget: saved.budget?.toString() ?? null,
            executed: saved.executed?.toString() ?? null,
            total: saved.total?.toString() ?? null,
            printedTotal: saved.printedTotal?.toString() ?? null,
            grade: saved.grade,
            differences: saved.differences,
          });
        }
        const result: ImportPublishedResult = {
          departmentId: department.id,
          year,
          profile: profileId,
          evaluations: summaries,
          differenceCount: summaries.reduce((n, s) => n + s.differences.length, 0),
          warnings: document.warnings,
        };
        await this.audit.success(manager, actor, {
          ...event,
          after: {
            filename,
            departmentId: department.id,
            year,
            profile: profileId,
            evaluations: summaries.length,
          },
        });
        return result;
      });
    });
  }

  private async department(
    repository: import('typeorm').Repository<Department>,
    actor: AuthUser | null,
    options: ImportPublishedOptions,
    printedName: string | null,
  ): Promise<Department> {
    const department = options.departmentId
      ? await repository.findOne({ where: { id: options.departmentId } })
      : printedName
        ? await repository.findOne({ where: [{ name: printedName }, { naturalKey: printedName }] })
        : null;
    if (!department || (actor && !canSeeDepartment(actor, department.id))) {
      throw new DomainError(
        options.departmentId ? 'not-found' : 'invalid',
        options.departmentId ? 'DEPARTMENT.NOT_FOUND' : 'EVALUATION_IMPORT.DEPARTMENT_UNKNOWN',
        options.departmentId
          ? `部门不存在：${options.departmentId}`
          : `未找到主管部门“${printedName ?? ''}”，请指定 departmentId`,
        { departmentId: options.departmentId ?? null, department: printedName },
      );
    }
    return department;
  }
}

/** The published text, or a 自评表 handed in as .xlsx / .csv (by the file's name and content), within the upload limits. */
async function read(bytes: Buffer, filename: string, limits: UploadLimits): Promise<SelfEvaluationDocument> {
  try {
    return await readSelfEvaluationFile(bytes, filename, limits);
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    throw importErrorToDomain(error, 'EVALUATION_IMPORT');
  }
}
