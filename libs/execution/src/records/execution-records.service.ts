import { Decimal } from '@jixiao/decimal';
import {
  Clock,
  MonitoringError,
  monthEnd,
  parseAmount,
  parseDateInFiscalYear,
  todayInShanghai,
  validateExecutionHistory,
} from '@jixiao/monitoring';
import { audited, auditFields, auditSuccess, AuthUser, canSeeUnit } from '@jixiao/people';
import { notFound } from '@jixiao/platform';
import { Project } from '@jixiao/targets';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { CLOCK } from '../clock';
import { ExecutionRecord, ExecutionSource } from '../entities';
import { RowProblem, invalidRows, rowProblem } from '../execution-error';
import { FlagChanges, flagCounts } from '../flags/flag-changes';
import { FlagRecomputeService } from '../flags/flag-recompute.service';
import { lockProjects } from './project-lock';

/** One execution figure to record: amounts as decimal strings (万元), as a request or a spreadsheet gives them. */
export interface ExecutionRecordInput {
  projectId: string;
  /** 截至日期 `YYYY-MM-DD` */
  asOf: string;
  /** 累计执行数 */
  executed: string | Decimal;
  /** 调整后预算数; left out: the one in force at the previous record carries over. */
  adjustedBudget?: string | Decimal | null;
  /** 原因说明 that comes with the figure. */
  reason?: string | null;
  /** Spreadsheet row number, for error messages. */
  row?: number;
}

export interface RecordResult {
  records: ExecutionRecord[];
  flags: FlagChanges;
}

/** The year-end figure of a project (全年执行数), e.g. from the self-evaluation. */
export interface YearEndInput {
  projectId: string;
  executed: string | Decimal;
  adjustedBudget?: string | Decimal | null;
  reason?: string | null;
  source?: ExecutionSource;
  userId?: string | null;
}

const RECORD_AUDITED: readonly (keyof ExecutionRecord)[] = [
  'id',
  'asOf',
  'executed',
  'adjustedBudget',
  'reason',
];

interface CheckedRow {
  index: number;
  input: ExecutionRecordInput;
  project: Project;
  executed: Decimal;
  adjustedBudget: Decimal | null | undefined;
}

/**
 * 执行记录: records cumulative executed amounts and keeps the flags current in the same transaction.
 * A record for a day that already has one replaces it (so re-importing a sheet is harmless). Every row is
 * checked before anything is written; one bad row refuses the whole request with every problem named.
 */
@Injectable()
export class ExecutionRecordsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly flags: FlagRecomputeService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** One record: an unknown project (or one out of the caller's scope) is a 404. */
  async recordOne(user: AuthUser, input: ExecutionRecordInput): Promise<RecordResult> {
    const event = { action: 'EXECUTION_RECORD.CREATE', objectType: 'PROJECT', objectId: input.projectId };
    return audited(this.dataSource, event, () =>
      this.dataSource.transaction(async (manager) => {
        const project = await manager.findOne(Project, { where: { id: input.projectId } });
        if (!project || !canSeeUnit(user, project.departmentId, project.unitId))
          throw notFound('PROJECT', input.projectId, '项目');
        // A record for a day that has one replaces it: that one is the entry's `before`.
        const replaced = (await this.history(manager, project.id)).find((r) => r.asOf === input.asOf);
        const result = await this.write(manager, [input], 'api', user.id, { checkFuture: true });
        await auditSuccess(manager, {
          ...event,
          before: replaced ? auditFields(replaced, RECORD_AUDITED) : null,
          after: { ...auditFields(result.records[0], RECORD_AUDITED), flags: flagCounts(result.flags) },
        });
        return result;
      }),
    );
  }

  /** Many records in one transaction: all or nothing. One audit entry per request, with counts. */
  async recordMany(
    user: AuthUser,
    inputs: readonly ExecutionRecordInput[],
    source: ExecutionSource = 'api',
  ): Promise<RecordResult> {
    const event = {
      action: source === 'import' ? 'EXECUTION_RECORD.IMPORT' : 'EXECUTION_RECORD.BULK_CREATE',
      objectType: 'EXECUTION_RECORD',
    };
    return audited(this.dataSource, event, () =>
      this.dataSource.transaction(async (manager) => {
        const visible = (p: Project) => canSeeUnit(user, p.departmentId, p.unitId);
        const result = await this.write(manager, inputs, source, user.id, { checkFuture: true, visible });
        await auditSuccess(manager, {
          ...event,
          after: {
            records: result.records.length,
            projects: new Set(result.records.map((r) => r.projectId)).size,
            flags: flagCounts(result.flags),
          },
        });
        return result;
      }),
    );
  }

  /**
   * The year-end figure (dated 31 December of the project's year), replacing any earlier year-end figure:
   * for the self-evaluation module, which calls it with the 全年执行数 of its money block. No scope check:
   * the caller has done its own. Pass the caller's transaction to commit both together.
   */
  async recordYearEnd(input: YearEndInput, manager?: EntityManager): Promise<RecordResult> {
    const run = async (m: EntityManager) => {
      const project = await m.findOne(Project, { where: { id: input.projectId } });
      if (!project) throw notFound('PROJECT', input.projectId, '项目');
      const record = { ...input, asOf: monthEnd(project.fiscalYear, 12) };
      return this.write(m, [record], input.source ?? 'self-evaluation', input.userId ?? null, {
        checkFuture: false,
      });
    };
    return manager ? run(manager) : this.dataSource.transaction(run);
  }

  /** A project's records in date order, for its execution history. */
  async history(manager: EntityManager, projectId: string): Promise<ExecutionRecord[]> {
    return manager.find(ExecutionRecord, { where: { projectId }, order: { asOf: 'ASC' } });
  }

  private async write(
    manager: EntityManager,
    inputs: readonly ExecutionRecordInput[],
    source: ExecutionSource,
    userId: string | null,
    options: { checkFuture: boolean; visible?: (project: Project) => boolean },
  ): Promise<RecordResult> {
    const projects = new Map(
      (
        await lockProjects(
          manager,
          inputs.map((i) => i.projectId),
        )
      ).map((p) => [p.id, p]),
    );
    const today = todayInShanghai(this.clock);
    const problems: RowProblem[] = [];
    const rows: CheckedRow[] = [];
    inputs.forEach((input, index) => {
      const project = projects.get(input.projectId);
      if (!project || (options.visible && !options.visible(project))) {
        problems.push({
          index,
          row: input.row,
          field: 'projectId',
          code: 'PROJECT_NOT_FOUND',
          message: `项目不存在：${input.projectId}`,
        });
        return;
      }
      try {
        parseDateInFiscalYear(input.asOf, project.fiscalYear, 'asOf', index);
        if (options.checkFuture && input.asOf > today) {
          problems.push({
            index,
            row: input.row,
            field: 'asOf',
            code: 'DATE_IN_FUTURE',
            message: `截至日期 ${input.asOf} 晚于今天 ${today}`,
          });
          return;
        }
        const executed = requiredAmount(input.executed, 'executed', index, input.asOf);
        const adjustedBudget =
          input.adjustedBudget === undefined
            ? undefined
            : checkedAmount(input.adjustedBudget, 'adjustedBudget', index, input.asOf);
        rows.push({ index, input, project, executed, adjustedBudget });
      } catch (error) {
        if (!(error instanceof MonitoringError)) throw error;
        problems.push(rowProblem(error, index, input.row));
      }
    });

    const existing = await manager.find(ExecutionRecord, {
      where: { projectId: In([...new Set(rows.map((r) => r.project.id))]) },
      order: { asOf: 'ASC' },
    });
    for (const [projectId, projectRows] of groupBy(rows, (r) => r.project.id)) {
      problems.push(
        ...historyProblems(
          projectRows,
          existing.filter((r) => r.projectId === projectId),
        ),
      );
    }
    if (problems.length > 0) throw invalidRows(problems.sort((a, b) => a.index - b.index));

    const values = rows.map((row) => ({
      projectId: row.project.id,
      asOf: row.input.asOf,
      executed: row.executed,
      adjustedBudget:
        row.adjustedBudget === undefined
          ? carriedAdjustedBudget(existing, row.project.id, row.input.asOf)
          : row.adjustedBudget,
      reason: row.input.reason?.trim() || null,
      source,
      createdBy: userId,
    }));
    await manager.upsert(ExecutionRecord, values, ['projectId', 'asOf']);
    const records = await manager.find(ExecutionRecord, {
      where: values.map((v) => ({ projectId: v.projectId, asOf: v.asOf })),
      order: { asOf: 'ASC' },
    });
    const flags = await this.flags.recomputeProjects(manager, [...projects.keys()]);
    return { records, flags };
  }
}

/** The merged history (stored records, replaced by the request's on the same day) must be valid. */
function historyProblems(rows: readonly CheckedRow[], stored: readonly ExecutionRecord[]): RowProblem[] {
  const fiscalYear = rows[0].project.fiscalYear;
  const incoming = rows.map((r) => ({ asOf: r.input.asOf, executed: r.executed, row: r }));
  const kept = stored
    .filter((s) => !incoming.some((i) => i.asOf === s.asOf))
    .map((s) => ({ asOf: s.asOf, executed: s.executed, row: null }));
  const merged = [...incoming, ...kept];
  try {
    validateExecutionHistory(merged, fiscalYear);
    return [];
  } catch (error) {
    if (!(error instanceof MonitoringError)) throw error;
    // Name the request's row at fault; if the stored record is, name the request's rows of that project.
    const culprit = error.index !== null ? merged[error.index].row : null;
    const named = culprit ? [culprit] : rows;
    return named.map((r) => rowProblem(error, r.index, r.input.row));
  }
}

function carriedAdjustedBudget(
  stored: readonly ExecutionRecord[],
  projectId: string,
  asOf: string,
): Decimal | null {
  const earlier = stored.filter((r) => r.projectId === projectId && r.asOf < asOf);
  return earlier.at(-1)?.adjustedBudget ?? null;
}

function requiredAmount(input: string | Decimal, field: string, index: number, asOf: string): Decimal {
  const amount = checkedAmount(input, field, index, asOf);
  if (amount === null) throw new MonitoringError('INVALID_AMOUNT', `${field} 不能为空`, field, index, asOf);
  return amount;
}

/** An amount in 万元 with at most 2 decimals (the column's scale: never rounded silently). */
function checkedAmount(
  input: string | Decimal | null,
  field: string,
  index: number,
  asOf: string,
): Decimal | null {
  const amount = parseAmount(input, field, index, asOf);
  if (amount !== null && !amount.round(2).eq(amount)) {
    throw new MonitoringError(
      'INVALID_AMOUNT',
      `${field} 最多两位小数（万元）：${amount.toString()}`,
      field,
      index,
      asOf,
    );
  }
  return amount;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
