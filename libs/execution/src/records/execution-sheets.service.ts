import { AppConfig, importLimits } from '@jixiao/config';
import { ImportError, limitMessage } from '@jixiao/importers';
import { audited, AuthUser, canSeeDepartment, scopeFilter } from '@jixiao/people';
import { DomainError, notFound } from '@jixiao/platform';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { invalidRows } from '../execution-error';
import {
  EXECUTION_HEADER,
  ExecutionSheetRow,
  executionSheetCells,
  readExecutionSheet,
} from '../spreadsheet/execution-sheet';
import { TableFormat, readTable, writeTable } from '../spreadsheet/table-file';
import { ExecutionRecordsService, RecordResult } from './execution-records.service';

interface SheetProjectRow {
  project_id: string;
  code: string | null;
  name: string;
  unit: string | null;
  budget: string | null;
  as_of: string | null;
  executed: string | null;
  adjusted_budget: string | null;
  reason: string | null;
}

/** Spreadsheet import and export of execution records (xlsx or csv), one row per project and date. */
@Injectable()
export class ExecutionSheetsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly records: ExecutionRecordsService,
    private readonly config: AppConfig,
  ) {}

  /** Every record of the department's projects in the caller's scope. */
  async export(
    user: AuthUser,
    departmentId: string,
    fiscalYear: number,
    format: TableFormat,
  ): Promise<Buffer> {
    const rows = await this.rows(user, departmentId, fiscalYear, 'records');
    return writeTable(
      format,
      '执行记录',
      EXECUTION_HEADER,
      rows.map((r) => executionSheetCells(sheetRow(r, r.as_of ?? ''))),
    );
  }

  /** One row per project, amounts blank, 截至日期 prefilled when given: fill in and import. */
  async template(
    user: AuthUser,
    departmentId: string,
    fiscalYear: number,
    format: TableFormat,
    asOf?: string,
  ): Promise<Buffer> {
    const rows = await this.rows(user, departmentId, fiscalYear, 'projects');
    return writeTable(
      format,
      '执行记录',
      EXECUTION_HEADER,
      rows.map((r) =>
        executionSheetCells({ ...sheetRow(r, asOf ?? ''), executed: '', adjustedBudget: null, reason: null }),
      ),
    );
  }

  /** Reads a filled-in template and records it in one transaction; rows are named by their sheet row number. */
  async import(user: AuthUser, bytes: Buffer): Promise<RecordResult & { skipped: number }> {
    // recordMany writes the success entry; this records a file refused before it gets there.
    return audited(
      this.dataSource,
      { action: 'EXECUTION_RECORD.IMPORT', objectType: 'EXECUTION_RECORD' },
      () => this.importSheet(user, bytes),
    );
  }

  private async importSheet(user: AuthUser, bytes: Buffer): Promise<RecordResult & { skipped: number }> {
    let table;
    try {
      table = await readTable(bytes, importLimits(this.config));
    } catch (error) {
      if (error instanceof ImportError && error.code === 'UNSAFE_TEXT') {
        const where = error.field ?? `第 ${error.line} 行`;
        throw new DomainError('invalid', 'EXECUTION.UNSAFE_TEXT', `文件含有不允许的字符（空字符或无效的 Unicode）：${where}`, {
          line: error.line,
          cell: error.field,
        });
      }
      if (error instanceof ImportError && error.limit) {
        throw new DomainError(
          'too-large',
          'EXECUTION.FILE_TOO_LARGE',
          `文件超出读取上限：${limitMessage(error.limit)}`,
          { field: 'file', limit: error.limit, reason: error.message },
          { cause: error },
        );
      }
      throw new DomainError(
        'invalid',
        'EXECUTION.UNREADABLE_FILE',
        '无法读取文件：请上传 xlsx 或 csv',
        {},
        { cause: error },
      );
    }
    const sheet = readExecutionSheet(table.header, table.rows);
    if (sheet.problems.length > 0) throw invalidRows(sheet.problems);
    if (sheet.records.length === 0)
      throw new DomainError('invalid', 'EXECUTION.EMPTY_FILE', '文件中没有填写累计执行数的行', {
        skipped: sheet.skipped,
      });
    const result = await this.records.recordMany(user, sheet.records, 'import');
    return { ...result, skipped: sheet.skipped };
  }

  private async rows(
    user: AuthUser,
    departmentId: string,
    fiscalYear: number,
    what: 'records' | 'projects',
  ): Promise<SheetProjectRow[]> {
    if (!canSeeDepartment(user, departmentId)) throw notFound('DEPARTMENT', departmentId, '部门');
    const scope = scopeFilter(user);
    const params: unknown[] = [departmentId, fiscalYear];
    let unitCondition = '';
    if (scope.unitIds) {
      params.push(scope.unitIds);
      unitCondition = `AND p.unit_id = ANY($${params.length})`;
    }
    const records = what === 'records';
    return this.dataSource.query(
      `SELECT p.id AS project_id, p.code, p.name, u.name AS unit, p.budget,
              ${records ? "to_char(r.as_of, 'YYYY-MM-DD') AS as_of, r.executed, r.adjusted_budget, r.reason" : 'NULL AS as_of, NULL AS executed, NULL AS adjusted_budget, NULL AS reason'}
         FROM project p
         LEFT JOIN budget_unit u ON u.id = p.unit_id
         ${records ? 'JOIN execution_record r ON r.project_id = p.id' : ''}
        WHERE p.department_id = $1 AND p.fiscal_year = $2 ${unitCondition}
        ORDER BY u.name NULLS FIRST, p.code NULLS LAST, p.name${records ? ', r.as_of' : ''}`,
      params,
    );
  }
}

function sheetRow(r: SheetProjectRow, asOf: string): ExecutionSheetRow {
  return {
    projectId: r.project_id,
    code: r.code,
    name: r.name,
    unit: r.unit,
    budget: r.budget,
    asOf,
    executed: r.executed ?? '',
    adjustedBudget: r.adjusted_budget,
    reason: r.reason,
  };
}
