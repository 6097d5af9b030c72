import {
  assertEditable,
  audited,
  auditSuccess,
  AuthUser,
  canSeeUnit,
  ReviewAction,
  reviewTransition,
  scopeFilter,
} from '@jixiao/people';
import { DomainError, notFound } from '@jixiao/platform';
import { BudgetUnit } from '@jixiao/targets';
import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '@jixiao/monitoring';
import { DataSource, EntityManager } from 'typeorm';
import { CLOCK } from '../clock';
import { MonitoringReport, MonitoringReportTransition } from '../entities';
import { MonitoringReportFigures } from './monitoring-report-figures';
import { MonitoringReportListItem, MonitoringReportPage } from './monitoring-report.view';

/** Error-code prefix and audit object type. */
const SUBJECT = 'MONITORING_REPORT';
const LABEL = '监控报告';

export interface ReportText {
  progress?: string | null;
  deviationReasons?: string | null;
  measures?: string | null;
}

export interface ReportFilter {
  departmentId?: string;
  unitId?: string;
  year?: number;
  state?: string;
  page?: number;
  pageSize?: number;
}

/**
 * 绩效运行监控报告: a unit's report per year and period in the shared review workflow (libs/people
 * review-workflow.ts): evaluators write and submit, managers of the department return, approve, reopen.
 * Every write checks the version read; transitions are recorded and audited, refusals audited too.
 */
@Injectable()
export class MonitoringReportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly figures: MonitoringReportFigures,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The unit's report for the year and period, created (as a draft) when there is none yet. */
  async open(
    user: AuthUser,
    unitId: string,
    fiscalYear: number,
    period: number,
  ): Promise<{ created: boolean; report: MonitoringReport }> {
    const event = { action: `${SUBJECT}.CREATE`, objectType: SUBJECT, after: { unitId, fiscalYear, period } };
    return audited(this.dataSource, event, () =>
      this.dataSource.transaction(async (manager) => {
        const unit = await manager.findOne(BudgetUnit, { where: { id: unitId } });
        if (!unit || !canSeeUnit(user, unit.departmentId, unit.id)) throw notFound('UNIT', unitId, '单位');
        // ON CONFLICT: two first opens at once both end with the one report.
        const inserted: { id: string }[] = await manager.query(
          `INSERT INTO monitoring_report (department_id, unit_id, fiscal_year, period, state, created_by, version)
           VALUES ($1, $2, $3, $4, 'draft', $5, 1)
           ON CONFLICT (unit_id, fiscal_year, period) DO NOTHING RETURNING id`,
          [unit.departmentId, unit.id, fiscalYear, period, user.id],
        );
        const report = await manager.findOneByOrFail(MonitoringReport, { unitId, fiscalYear, period });
        if (inserted.length > 0)
          await auditSuccess(manager, {
            ...event,
            objectId: report.id,
            after: { ...event.after, state: 'draft' },
          });
        return { created: inserted.length > 0, report };
      }),
    );
  }

  /** One report with its figures and its transitions, oldest first. */
  async get(user: AuthUser, id: string) {
    const manager = this.dataSource.manager;
    const report = await visibleReport(manager, user, id);
    return this.view(manager, user, report);
  }

  /** The reports in the caller's scope, newest year and period first. */
  async list(user: AuthUser, filter: ReportFilter): Promise<MonitoringReportPage> {
    const scope = scopeFilter(user);
    const builder = this.dataSource.manager
      .createQueryBuilder(MonitoringReport, 'r')
      .innerJoin('r.unit', 'u')
      .innerJoin('r.department', 'd')
      .select('r')
      .addSelect(['u.id', 'u.name', 'd.id', 'd.name']);
    if (scope.departmentIds)
      builder.andWhere('r.departmentId = ANY(:scopeDepartments)', { scopeDepartments: scope.departmentIds });
    if (scope.unitIds) builder.andWhere('r.unitId = ANY(:scopeUnits)', { scopeUnits: scope.unitIds });
    if (filter.departmentId)
      builder.andWhere('r.departmentId = :departmentId', { departmentId: filter.departmentId });
    if (filter.unitId) builder.andWhere('r.unitId = :unitId', { unitId: filter.unitId });
    if (filter.year !== undefined) builder.andWhere('r.fiscalYear = :year', { year: filter.year });
    if (filter.state) builder.andWhere('r.state = :state', { state: filter.state });
    const page = filter.page ?? 1;
    const pageSize = filter.pageSize ?? 50;
    const [items, total] = await builder
      .orderBy('r.fiscalYear', 'DESC')
      .addOrderBy('r.period', 'DESC')
      .addOrderBy('u.name', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    // Both relations are joined above (id and name only).
    const named = ({ unit, department, ...report }: MonitoringReport): MonitoringReportListItem => ({
      ...report,
      unit: { id: unit!.id, name: unit!.name },
      department: { id: department!.id, name: department!.name },
    });
    return { items: items.map(named), total, page, pageSize };
  }

  /** The unit's text, while the report is a draft or returned. */
  async update(user: AuthUser, id: string, version: number, text: ReportText) {
    const changes = Object.fromEntries(
      Object.entries(text)
        .filter(([, value]) => value !== undefined)
        .map(([key, value]) => [key, value?.trim() || null]),
    ) as ReportText;
    const event = {
      action: `${SUBJECT}.UPDATE`,
      objectType: SUBJECT,
      objectId: id,
      after: { ...changes, version },
    };
    return audited(this.dataSource, event, () =>
      this.dataSource.transaction(async (manager) => {
        const report = await lockVisibleReport(manager, user, id, version);
        assertEditable(SUBJECT, report.state);
        await manager.update(MonitoringReport, { id }, changes);
        const updated = await manager.findOneByOrFail(MonitoringReport, { id });
        await auditSuccess(manager, {
          ...event,
          before: { ...pickText(report, changes), version: report.version },
          after: { ...changes, version: updated.version },
        });
        return this.view(manager, user, updated);
      }),
    );
  }

  /** submit / return / approve / reopen, by the shared review rules; a submit also needs every reason written. */
  async transition(
    user: AuthUser,
    id: string,
    action: ReviewAction,
    version: number,
    comment?: string | null,
  ) {
    const event = {
      action: `${SUBJECT}.${action.toUpperCase()}`,
      objectType: SUBJECT,
      objectId: id,
      after: { comment: comment ?? null },
    };
    return audited(this.dataSource, event, () =>
      this.dataSource.transaction(async (manager) => {
        const report = await lockVisibleReport(manager, user, id, version);
        const step = reviewTransition(SUBJECT, report.state, action, user, comment, this.clock.now());
        if (action === 'submit') await assertReasonsWritten(manager, report);
        await manager.update(MonitoringReport, { id }, { state: step.to });
        await manager.insert(MonitoringReportTransition, {
          reportId: id,
          action,
          fromState: step.from,
          toState: step.to,
          userId: step.actorId,
          username: step.actorName,
          at: step.at,
          comment: step.comment,
        });
        await auditSuccess(manager, {
          ...event,
          before: { state: report.state, version: report.version },
          after: { state: step.to, version: report.version + 1, comment: step.comment },
          detail: step.comment,
        });
        return this.view(manager, user, await manager.findOneByOrFail(MonitoringReport, { id }));
      }),
    );
  }

  private async view(manager: EntityManager, user: AuthUser, report: MonitoringReport) {
    const [figures, transitions] = await Promise.all([
      this.figures.of(report),
      manager.find(MonitoringReportTransition, {
        where: { reportId: report.id },
        order: { at: 'ASC', id: 'ASC' },
      }),
    ]);
    return { ...report, figures, transitions };
  }
}

async function visibleReport(manager: EntityManager, user: AuthUser, id: string, lock = false) {
  const report = await manager.findOne(MonitoringReport, {
    where: { id },
    ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
  });
  // Another unit's (or department's) report answers as if it did not exist.
  if (!report || !canSeeUnit(user, report.departmentId, report.unitId)) throw notFound(SUBJECT, id, LABEL);
  return report;
}

/** Locked for the transaction: concurrent writers queue, and the later finds the version moved on (409). */
async function lockVisibleReport(manager: EntityManager, user: AuthUser, id: string, version: number) {
  const report = await visibleReport(manager, user, id, true);
  if (report.version !== version)
    throw new DomainError('conflict', `${SUBJECT}.VERSION_CONFLICT`, `${LABEL}已被他人修改，请刷新后重试`, {
      id,
      expectedVersion: version,
      currentVersion: report.version,
    });
  return report;
}

/**
 * A submit is refused (422) while an open flag of the unit's projects for the year needs a reason that
 * nobody wrote: a REASON_MISSING flag, or a shortfall flag marked reasonRequired with no answer.
 */
async function assertReasonsWritten(manager: EntityManager, report: MonitoringReport): Promise<void> {
  const missing: { id: string; project_id: string | null; code: string; message: string }[] =
    await manager.query(
      `SELECT id, project_id, code, message FROM execution_flag
      WHERE unit_id = $1 AND fiscal_year = $2 AND status <> 'closed'
        AND (code = 'REASON_MISSING' OR ((figures ->> 'reasonRequired')::boolean AND coalesce(btrim(reason), '') = ''))
      ORDER BY created_at, id`,
      [report.unitId, report.fiscalYear],
    );
  if (missing.length > 0)
    throw new DomainError(
      'unprocessable',
      `${SUBJECT}.REASON_MISSING`,
      `有 ${missing.length} 条预警须说明原因但未填写，不能提交：${missing[0].message}`,
      {
        flags: missing.map((f) => ({ id: f.id, projectId: f.project_id, code: f.code, message: f.message })),
      },
    );
}

function pickText(report: MonitoringReport, changes: ReportText): ReportText {
  return Object.fromEntries(Object.keys(changes).map((key) => [key, report[key as keyof ReportText]]));
}
