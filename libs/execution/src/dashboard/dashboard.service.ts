import { Decimal } from '@jixiao/decimal';
import { Ratio } from '@jixiao/monitoring';
import { AuthUser, canSeeDepartment, scopeFilter } from '@jixiao/people';
import { notFound } from '@jixiao/platform';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { amountsSql, flagCountsSql } from './dashboard.query';
import { Dashboard, DashboardGroup, FlagCounts } from './dashboard.view';

export type { Dashboard, DashboardGroup, FlagCounts };


interface AmountRow {
  group_id: string | null;
  is_total: number;
  projects: number;
  projects_with_records: number;
  budget: string | null;
  executed: string;
}

@Injectable()
export class DashboardService {
  constructor(private readonly dataSource: DataSource) {}

  async dashboard(user: AuthUser, fiscalYear: number, departmentId?: string): Promise<Dashboard> {
    if (departmentId && !canSeeDepartment(user, departmentId))
      throw notFound('DEPARTMENT', departmentId, '部门');
    const group = departmentId ? 'unit_id' : 'department_id';
    const params: unknown[] = [fiscalYear];
    const conditions: { column: 'department_id' | 'unit_id'; placeholder: string }[] = [];
    const scope = scopeFilter(user);
    const add = (column: 'department_id' | 'unit_id', value: string | string[]) => {
      params.push(value);
      conditions.push({
        column,
        placeholder: Array.isArray(value) ? `ANY($${params.length})` : `$${params.length}`,
      });
    };
    if (scope.departmentIds) add('department_id', scope.departmentIds);
    if (scope.unitIds) add('unit_id', scope.unitIds);
    if (departmentId) add('department_id', departmentId);
    // Projects and flags carry the same department and unit columns, so one set of conditions serves both.
    const where = (alias: 'p' | 'f') =>
      conditions.map((c) => `AND ${alias}.${c.column} = ${c.placeholder}`).join(' ');

    const [amounts, counts] = await Promise.all([
      this.dataSource.query(amountsSql(group, where('p')), params) as Promise<AmountRow[]>,
      this.dataSource.query(flagCountsSql(group, where('f')), params) as Promise<
        { group_id: string | null; code: string; colour: 'red' | 'yellow'; flags: number }[]
      >,
    ]);
    const totalRow = amounts.find((a) => a.is_total === 1);

    const names = await this.names(
      group,
      amounts.filter((a) => a.is_total === 0).map((a) => a.group_id),
    );
    const flagsOf = (groupId: string | null | undefined) =>
      countFlags(counts.filter((c) => groupId === undefined || c.group_id === groupId));
    const toGroup = (
      row: AmountRow | undefined,
      id: string | null,
      name: string,
      flags: FlagCounts,
    ): DashboardGroup => {
      const budget = row?.budget ? Decimal.parse(row.budget) : Decimal.ZERO;
      const executed = row ? Decimal.parse(row.executed) : Decimal.ZERO;
      return {
        id,
        name,
        projects: row?.projects ?? 0,
        projectsWithRecords: row?.projects_with_records ?? 0,
        budget: budget.toString(),
        executed: executed.toString(),
        rate: Ratio.of(executed, budget)?.percentText() ?? null,
        flags,
      };
    };
    return {
      fiscalYear,
      groupedBy: departmentId ? 'unit' : 'department',
      departmentId: departmentId ?? null,
      total: toGroup(totalRow, departmentId ?? null, '合计', flagsOf(undefined)),
      groups: amounts
        .filter((a) => a.is_total === 0)
        .map((a) =>
          toGroup(
            a,
            a.group_id,
            a.group_id ? (names.get(a.group_id) ?? '') : '（未分单位）',
            flagsOf(a.group_id),
          ),
        )
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
    };
  }

  private async names(
    group: 'department_id' | 'unit_id',
    ids: (string | null)[],
  ): Promise<Map<string, string>> {
    const present = ids.filter((id): id is string => id !== null);
    if (present.length === 0) return new Map();
    const table = group === 'department_id' ? 'department' : 'budget_unit';
    const rows: { id: string; name: string }[] = await this.dataSource.query(
      `SELECT id, name FROM ${table} WHERE id = ANY($1)`,
      [present],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }
}

function countFlags(rows: readonly { code: string; colour: 'red' | 'yellow'; flags: number }[]): FlagCounts {
  const counts: FlagCounts = { total: 0, byCode: {}, byColour: { red: 0, yellow: 0 } };
  for (const row of rows) {
    counts.total += row.flags;
    counts.byCode[row.code] = (counts.byCode[row.code] ?? 0) + row.flags;
    counts.byColour[row.colour] += row.flags;
  }
  return counts;
}
