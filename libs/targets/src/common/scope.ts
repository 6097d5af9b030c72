import { AuthUser, scopeFilter } from '@jixiao/people';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * Restricts a list to what the caller may see: a manager its departments, an evaluator its units.
 * `departmentColumn` / `unitColumn` name the columns on the query's rows (`p.departmentId`).
 */
export function applyScope<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  user: AuthUser,
  columns: { department: string; unit: string | null },
): SelectQueryBuilder<T> {
  const scope = scopeFilter(user);
  if (scope.departmentIds !== null)
    query.andWhere(`${columns.department} = ANY(:scopeDepartments)`, {
      scopeDepartments: scope.departmentIds,
    });
  if (scope.unitIds !== null) {
    // An evaluator sees units, not departments: lists without a unit column show the departments of its units.
    if (columns.unit) query.andWhere(`${columns.unit} = ANY(:scopeUnits)`, { scopeUnits: scope.unitIds });
    else
      query.andWhere(`${columns.department} = ANY(:scopeDepartments)`, {
        scopeDepartments: user.departmentIds,
      });
  }
  return query;
}
