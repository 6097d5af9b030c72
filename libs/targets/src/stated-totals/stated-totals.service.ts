import { Decimal } from '@jixiao/decimal';
import { audited, auditSuccess, AuthUser, canSeeDepartment } from '@jixiao/people';
import { DomainError, notFound } from '@jixiao/platform';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { TargetChangeHooks } from '../common/target-change-hooks';
import { PutStatedTotalsDto } from './stated-totals.dto';
import { StatedTotalRow } from './stated-totals-plan';
import { loadStatedTotals, replaceStatedTotals } from './stated-totals-store';
import { StatedTotalView, StatedTotalsView, SummedTotalView } from './stated-totals.view';

export { StatedTotalsView };

const invalid = (field: string, message: string, details: Record<string, unknown> = {}) =>
  new DomainError('invalid', 'STATED_TOTALS.INVALID', message, { field, ...details });

/**
 * 文件所列合计: read with the projects' sums; replaced by a manager (source `entered`) where no document
 * states them. A change reconciles the flags (UNRECONCILED) in the same transaction, through the hooks.
 */
@Injectable()
export class StatedTotalsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly hooks: TargetChangeHooks,
  ) {}

  async get(user: AuthUser, departmentId: string, fiscalYear: number): Promise<StatedTotalsView> {
    await this.assertDepartment(this.dataSource.manager, user, departmentId, fiscalYear);
    return this.view(this.dataSource.manager, departmentId, fiscalYear);
  }

  async put(
    user: AuthUser,
    departmentId: string,
    fiscalYear: number,
    dto: PutStatedTotalsDto,
  ): Promise<StatedTotalsView> {
    const event = { action: 'STATED_TOTALS.PUT', objectType: 'DEPARTMENT', objectId: departmentId };
    return audited(this.dataSource, event, () =>
      this.dataSource.transaction(async (manager) => {
        await this.assertDepartment(manager, user, departmentId, fiscalYear);
        // The import's lock: an import and a manager's edit of the same department and year never interleave.
        await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
          `targets:${departmentId}:${fiscalYear}`,
        ]);
        const rows = await this.rowsOf(manager, departmentId, dto);
        const before = await loadStatedTotals(manager, departmentId, fiscalYear);
        await replaceStatedTotals(manager, departmentId, fiscalYear, rows);
        await this.hooks.changed(manager, { projectIds: [], departments: [{ departmentId, fiscalYear }] });
        await auditSuccess(manager, {
          ...event,
          before: { fiscalYear, rows: before },
          after: { fiscalYear, rows },
        });
        return this.view(manager, departmentId, fiscalYear);
      }),
    );
  }

  private async assertDepartment(
    manager: EntityManager,
    user: AuthUser,
    departmentId: string,
    fiscalYear: number,
  ): Promise<void> {
    if (fiscalYear < 2000 || fiscalYear > 2100)
      throw invalid('year', `year 须在 2000–2100 之间：${fiscalYear}`);
    const found = await manager.query('SELECT 1 FROM department WHERE id = $1', [departmentId]);
    if (found.length === 0 || !canSeeDepartment(user, departmentId))
      throw notFound('DEPARTMENT', departmentId, '部门');
  }

  /** The body as rows, every amount ≥ 0 and every unit one of the department's, once. */
  private async rowsOf(
    manager: EntityManager,
    departmentId: string,
    dto: PutStatedTotalsDto,
  ): Promise<StatedTotalRow[]> {
    const row = (
      unitId: string | null,
      budget: string,
      field: string,
      projects: number | null,
    ): StatedTotalRow => {
      if (Decimal.parse(budget).isNegative()) throw invalid(field, `${field} 不能为负数：${budget}`);
      return {
        unitId,
        projects,
        budget: Decimal.parse(budget).toFixed(2),
        source: 'entered',
        sourceLine: null,
      };
    };
    if (dto.projects !== undefined && dto.budget === undefined)
      throw invalid('projects', 'projects 需与 budget 一并填写');
    const rows = dto.budget === undefined ? [] : [row(null, dto.budget, 'budget', dto.projects ?? null)];
    const units: { id: string }[] = await manager.query(
      'SELECT id FROM budget_unit WHERE department_id = $1 AND id = ANY($2::uuid[])',
      [departmentId, dto.units.map((u) => u.unitId)],
    );
    const known = new Set(units.map((u) => u.id));
    const seen = new Set<string>();
    dto.units.forEach((unit, i) => {
      const field = `units[${i}].unitId`;
      if (!known.has(unit.unitId))
        throw invalid(field, `${field}：单位不属于该部门：${unit.unitId}`, { unitId: unit.unitId });
      if (seen.has(unit.unitId))
        throw invalid(field, `${field}：单位重复：${unit.unitId}`, { unitId: unit.unitId });
      seen.add(unit.unitId);
      rows.push(row(unit.unitId, unit.budget, `units[${i}].budget`, null));
    });
    return rows;
  }

  private async view(
    manager: EntityManager,
    departmentId: string,
    fiscalYear: number,
  ): Promise<StatedTotalsView> {
    const stated = await loadStatedTotals(manager, departmentId, fiscalYear);
    const sums: {
      unitId: string | null;
      code: string | null;
      name: string | null;
      projects: number;
      budget: string;
    }[] = await manager.query(
      `SELECT u.id AS "unitId", u.code, u.name, count(p.id)::int AS projects, coalesce(sum(p.budget), 0)::text AS budget
           FROM project p LEFT JOIN budget_unit u ON u.id = p.unit_id
          WHERE p.department_id = $1 AND p.fiscal_year = $2
          GROUP BY u.id, u.code, u.name`,
      [departmentId, fiscalYear],
    );
    const statedUnits = stated.filter((s) => s.unitId !== null).map((s) => s.unitId!);
    const missing = statedUnits.filter((id) => !sums.some((s) => s.unitId === id));
    const units: { id: string; code: string | null; name: string }[] =
      missing.length === 0
        ? []
        : await manager.query('SELECT id, code, name FROM budget_unit WHERE id = ANY($1::uuid[])', [missing]);
    const statedOf = (unitId: string | null): StatedTotalView | null => {
      const found = stated.find((s) => s.unitId === unitId);
      if (!found) return null;
      const { unitId: _unit, ...rest } = found;
      return { ...rest, budget: Decimal.parse(rest.budget).toFixed(2) };
    };
    const summed = (rows: { projects: number; budget: string }[]): SummedTotalView => ({
      projects: rows.reduce((n, r) => n + r.projects, 0),
      budget: Decimal.sum(rows.map((r) => Decimal.parse(r.budget))).toFixed(2),
    });
    const unitRows = [
      ...sums
        .filter((s) => s.unitId !== null)
        .map((s) => ({ unit: { id: s.unitId!, code: s.code, name: s.name ?? '' }, sum: [s] })),
      ...units.map((unit) => ({ unit, sum: [] })),
    ].sort((a, b) => (a.unit.code ?? a.unit.name).localeCompare(b.unit.code ?? b.unit.name));
    return {
      departmentId,
      fiscalYear,
      department: { stated: statedOf(null), summed: summed(sums) },
      units: unitRows.map(({ unit, sum }) => ({ unit, stated: statedOf(unit.id), summed: summed(sum) })),
    };
  }
}
