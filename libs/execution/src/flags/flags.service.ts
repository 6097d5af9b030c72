import {
  audited,
  auditFields,
  auditSuccess,
  AuthUser,
  canSeeDepartment,
  canSeeUnit,
  scopeFilter,
} from '@jixiao/people';
import { Clock, todayInShanghai } from '@jixiao/monitoring';
import { DomainError, notFound } from '@jixiao/platform';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { CLOCK } from '../clock';
import { ExecutionFlag, PlannedMeasure } from '../entities';
import { RuleSetsService } from '../rule-sets/rule-sets.service';
import { FlagChanges } from './flag-changes';
import { FLAG_ORDER, FlagFilter, FlagPage } from './flag-query';
import { lockProjects } from '../records/project-lock';
import { FlagRecomputeService } from './flag-recompute.service';
import { FlagListItem } from './flag.view';

export type { FlagListItem };


interface FlagRow {
  id: string;
  code: string;
  severity: string;
  colour: string;
  status: string;
  rate: string | null;
  message: string;
  figures: Record<string, unknown>;
  reason: string | null;
  measure: string | null;
  answered_at: Date | null;
  closed_at: Date | null;
  closing_note: string | null;
  fiscal_year: number;
  created_at: Date;
  department_id: string;
  department_name: string;
  unit_id: string | null;
  unit_name: string | null;
  project_id: string | null;
  project_code: string | null;
  project_name: string | null;
  total: string;
}

const FLAG_AUDITED: readonly (keyof ExecutionFlag)[] = [
  'code',
  'projectId',
  'status',
  'reason',
  'measure',
  'closingNote',
];

/** Flags that need a written reason of at most the rule set's length (Sichuan: 100 characters). */
const REASON_LIMITED_CODES = ['UNDER_EXECUTED', 'REASON_MISSING', 'REASON_TOO_LONG'];

@Injectable()
export class FlagsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly recompute: FlagRecomputeService,
    private readonly ruleSets: RuleSetsService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The flags in the caller's scope, filtered, sorted and paginated in SQL. */
  async list(
    user: AuthUser,
    filter: FlagFilter,
    page: FlagPage = {},
  ): Promise<{ items: FlagListItem[]; total: number; page: number; pageSize: number }> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    const scope = scopeFilter(user);
    if (scope.departmentIds) add('f.department_id = ANY(?)', scope.departmentIds);
    if (scope.unitIds) add('f.unit_id = ANY(?)', scope.unitIds);
    if (filter.fiscalYear !== undefined) add('f.fiscal_year = ?', filter.fiscalYear);
    if (filter.departmentId) add('f.department_id = ?', filter.departmentId);
    if (filter.unitId) add('f.unit_id = ?', filter.unitId);
    if (filter.projectId) add('f.project_id = ?', filter.projectId);
    if (filter.code) add('f.code = ?', filter.code);
    if (filter.severity) add('f.severity = ?', filter.severity);
    if (filter.colour) add('f.colour = ?', filter.colour);
    if (filter.status) add('f.status = ?', filter.status);
    if (filter.openedSince) add('f.created_at >= ?', filter.openedSince);
    const pageNo = page.page ?? 1;
    const pageSize = page.pageSize ?? 50;
    const direction = page.order === 'asc' ? 'ASC' : 'DESC';
    const order = `${FLAG_ORDER[page.sort ?? 'severity']} ${direction} NULLS LAST, f.created_at DESC, f.id`;
    params.push(pageSize, (pageNo - 1) * pageSize);
    const rows: FlagRow[] = await this.dataSource.query(
      `SELECT f.id, f.code, f.severity, f.colour, f.status, f.rate, f.message, f.figures, f.reason, f.measure,
              f.answered_at, f.closed_at, f.closing_note, f.fiscal_year, f.created_at,
              d.id AS department_id, d.name AS department_name, u.id AS unit_id, u.name AS unit_name,
              p.id AS project_id, p.code AS project_code, p.name AS project_name,
              count(*) OVER () AS total
         FROM execution_flag f
         JOIN department d ON d.id = f.department_id
         LEFT JOIN budget_unit u ON u.id = f.unit_id
         LEFT JOIN project p ON p.id = f.project_id
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY ${order}
        LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    return {
      items: rows.map(toItem),
      total: rows.length ? Number(rows[0].total) : 0,
      page: pageNo,
      pageSize,
    };
  }

  /** Staff write the reason (原因说明) and the planned measure (整改措施); the project's flags are recomputed. */
  async answer(
    user: AuthUser,
    flagId: string,
    reason: string,
    measure: PlannedMeasure,
  ): Promise<{ flag: ExecutionFlag; changes: FlagChanges }> {
    const event = { action: 'FLAG.ANSWER', objectType: 'FLAG', objectId: flagId };
    return audited(this.dataSource, event, () =>
      this.dataSource.transaction(async (manager) => {
        const flag = await this.visibleFlag(manager, user, flagId, (f) =>
          canSeeUnit(user, f.departmentId, f.unitId),
        );
        const before = auditFields(flag, FLAG_AUDITED);
        if (flag.status === 'closed')
          throw new DomainError('conflict', 'FLAG.CLOSED', '预警已关闭，不能再答复', { id: flag.id });
        const text = reason.trim();
        const { ruleSet } = await this.ruleSets.resolve(manager, flag.departmentId, flag.fiscalYear);
        const limit = ruleSet.yearEnd.reason;
        if (limit && REASON_LIMITED_CODES.includes(flag.code) && [...text].length > limit.maxLength) {
          throw new DomainError(
            'invalid',
            'FLAG.REASON_TOO_LONG',
            `原因说明 ${[...text].length} 字，超过 ${limit.maxLength} 字上限`,
            {
              field: 'reason',
              length: [...text].length,
              maxLength: limit.maxLength,
            },
          );
        }
        Object.assign(flag, {
          status: 'answered',
          reason: text,
          measure,
          answeredBy: user.id,
          answeredAt: this.clock.now(),
        });
        await manager.save(flag);
        const changes = flag.projectId
          ? await this.recompute.recomputeProjects(manager, [flag.projectId])
          : { opened: [], updated: [], closed: [] };
        const answered = await manager.findOneByOrFail(ExecutionFlag, { id: flag.id });
        await auditSuccess(manager, { ...event, before, after: auditFields(answered, FLAG_AUDITED) });
        return { flag: answered, changes };
      }),
    );
  }

  /** A reviewer (manager of the department, or admin) closes a flag. */
  async close(user: AuthUser, flagId: string, note: string | null): Promise<ExecutionFlag> {
    const event = { action: 'FLAG.CLOSE', objectType: 'FLAG', objectId: flagId };
    return audited(this.dataSource, event, () =>
      this.dataSource.transaction(async (manager) => {
        const flag = await this.visibleFlag(manager, user, flagId, (f) =>
          canSeeDepartment(user, f.departmentId),
        );
        const before = auditFields(flag, FLAG_AUDITED);
        if (flag.status === 'closed')
          throw new DomainError('conflict', 'FLAG.CLOSED', '预警已关闭', { id: flag.id });
        Object.assign(flag, {
          status: 'closed',
          closedBy: user.id,
          closedAt: this.clock.now(),
          closingNote: note?.trim() || `${todayInShanghai(this.clock)} 审核关闭`,
        });
        const closed = await manager.save(flag);
        await auditSuccess(manager, { ...event, before, after: auditFields(closed, FLAG_AUDITED) });
        return closed;
      }),
    );
  }

  /** Recomputes a department's flags for a year (after a new rule set, a targets import, or as time passes). */
  async refresh(user: AuthUser, departmentId: string, fiscalYear: number): Promise<FlagChanges> {
    if (!canSeeDepartment(user, departmentId)) throw notFound('DEPARTMENT', departmentId, '部门');
    const changes = await this.refreshDepartment(departmentId, fiscalYear);
    if (!changes) throw notFound('DEPARTMENT', departmentId, '部门');
    return changes;
  }

  /** The same without a caller (the daily refresh): null when the department no longer exists. */
  async refreshDepartment(departmentId: string, fiscalYear: number): Promise<FlagChanges | null> {
    return this.dataSource.transaction(async (manager) => {
      const exists = await manager.query('SELECT 1 FROM department WHERE id = $1', [departmentId]);
      if (exists.length === 0) return null;
      return this.recompute.recomputeDepartment(manager, departmentId, fiscalYear);
    });
  }

  /**
   * What the daily refresh recomputes: every department with projects this year, or last year (whose
   * in-year figures turn into year-end ones on 1 January). 序时进度 moves with the date alone.
   */
  async refreshTargets(): Promise<{ departmentId: string; fiscalYear: number }[]> {
    const year = Number(todayInShanghai(this.clock).slice(0, 4));
    const rows: { department_id: string; fiscal_year: number }[] = await this.dataSource.query(
      `SELECT DISTINCT department_id, fiscal_year FROM project
        WHERE fiscal_year BETWEEN $1 AND $2 ORDER BY department_id, fiscal_year`,
      [year - 1, year],
    );
    return rows.map((r) => ({ departmentId: r.department_id, fiscalYear: r.fiscal_year }));
  }

  private async visibleFlag(
    manager: EntityManager,
    user: AuthUser,
    flagId: string,
    visible: (flag: ExecutionFlag) => boolean,
  ): Promise<ExecutionFlag> {
    // The project first, then the flag: the order every recomputation locks in.
    const peek = await manager.findOne(ExecutionFlag, { where: { id: flagId } });
    if (!peek || !visible(peek)) throw notFound('FLAG', flagId, '预警');
    if (peek.projectId) await lockProjects(manager, [peek.projectId]);
    const flag = await manager.findOne(ExecutionFlag, {
      where: { id: flagId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!flag || !visible(flag)) throw notFound('FLAG', flagId, '预警');
    return flag;
  }
}

function toItem(row: FlagRow): FlagListItem {
  return {
    id: row.id,
    code: row.code,
    severity: row.severity,
    colour: row.colour,
    status: row.status,
    rate: row.rate,
    message: row.message,
    figures: row.figures,
    reason: row.reason,
    measure: row.measure,
    answeredAt: row.answered_at,
    closedAt: row.closed_at,
    closingNote: row.closing_note,
    fiscalYear: row.fiscal_year,
    createdAt: row.created_at,
    department: { id: row.department_id, name: row.department_name },
    unit: row.unit_id ? { id: row.unit_id, name: row.unit_name ?? '' } : null,
    project: row.project_id
      ? { id: row.project_id, code: row.project_code, name: row.project_name ?? '' }
      : null,
  };
}
