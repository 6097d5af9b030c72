import { DomainError } from '@jixiao/platform';
import { EntityManager } from 'typeorm';
import { Role } from '../auth/auth-user';

export interface Scope {
  departmentIds: string[];
  unitIds: string[];
}

const invalid = (message: string, details: Record<string, unknown>) =>
  new DomainError('invalid', 'USER.SCOPE_INVALID', message, details);

/**
 * The scope an account of this role holds: an admin none (it sees everything); a manager one or
 * more existing departments; an evaluator one or more existing units, and the departments of
 * those units (any departments given must be among them).
 */
export async function resolveScope(
  manager: EntityManager,
  role: Role,
  requested: Partial<Scope>,
): Promise<Scope> {
  const departmentIds = [...new Set(requested.departmentIds ?? [])];
  const unitIds = [...new Set(requested.unitIds ?? [])];
  if (role === 'admin') {
    if (departmentIds.length || unitIds.length) throw invalid('管理员不分配部门或单位', { role });
    return { departmentIds: [], unitIds: [] };
  }
  if (role === 'manager') {
    if (departmentIds.length === 0) throw invalid('主管须分配至少一个部门', { field: 'departmentIds' });
    if (unitIds.length) throw invalid('主管按部门分配，不分配单位', { field: 'unitIds' });
    const found = await manager.query<{ id: string }[]>(
      'SELECT id FROM department WHERE id = ANY($1::uuid[])',
      [departmentIds],
    );
    const missing = departmentIds.filter((id) => !found.some((row) => row.id === id));
    if (missing.length) throw invalid('部门不存在', { field: 'departmentIds', missing });
    return { departmentIds, unitIds: [] };
  }
  if (unitIds.length === 0) throw invalid('评价人员须分配至少一个单位', { field: 'unitIds' });
  const units = await manager.query<{ id: string; department_id: string }[]>(
    'SELECT id, department_id FROM budget_unit WHERE id = ANY($1::uuid[])',
    [unitIds],
  );
  const missing = unitIds.filter((id) => !units.some((row) => row.id === id));
  if (missing.length) throw invalid('单位不存在', { field: 'unitIds', missing });
  const unitDepartments = [...new Set(units.map((row) => row.department_id))];
  const foreign = departmentIds.filter((id) => !unitDepartments.includes(id));
  if (foreign.length) throw invalid('部门与所分配单位不符', { field: 'departmentIds', foreign });
  return { departmentIds: unitDepartments, unitIds };
}
