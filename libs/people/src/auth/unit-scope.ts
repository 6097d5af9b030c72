import { AuthUser } from './auth-user';

/**
 * Unit/department scope. Data outside a caller's scope is invisible: callers answer 404, not 403,
 * so nobody learns what exists in another unit.
 */
export function canSeeDepartment(user: AuthUser, departmentId: string): boolean {
  if (user.role === 'admin') return true;
  if (user.role === 'manager') return user.departmentIds.includes(departmentId);
  // An evaluator sees the departments of its units (the lists show only its units' rows).
  return user.departmentIds.includes(departmentId);
}

/** Can the caller see data of this unit (or of a project with no unit, in this department)? */
export function canSeeUnit(user: AuthUser, departmentId: string, unitId: string | null): boolean {
  if (user.role === 'admin') return true;
  if (user.role === 'manager') return user.departmentIds.includes(departmentId);
  return unitId !== null && user.unitIds.includes(unitId);
}

/** SQL-ready filter for list queries: null means "no restriction". */
export function scopeFilter(user: AuthUser): { departmentIds: string[] | null; unitIds: string[] | null } {
  if (user.role === 'admin') return { departmentIds: null, unitIds: null };
  if (user.role === 'manager') return { departmentIds: user.departmentIds, unitIds: null };
  return { departmentIds: null, unitIds: user.unitIds };
}
