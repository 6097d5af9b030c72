import type { Me } from '../me/me.queries';
import { useDepartments } from './org.queries';

export interface DepartmentChoice {
  id: string;
  name: string;
}

/**
 * The departments a user may pick on a screen: every one for an administrator, a manager's own, and
 * for an evaluator the departments of their units (the API limits what they see to those units).
 */
export function useDepartmentChoices(me: Me): { choices: DepartmentChoice[]; loading: boolean } {
  const all = useDepartments();
  if (me.role === 'admin')
    return { choices: (all.data?.items ?? []).map(({ id, name }) => ({ id, name })), loading: all.isPending };
  if (me.role === 'manager') return { choices: me.departments, loading: false };
  const names = new Map((all.data?.items ?? []).map((d) => [d.id, d.name]));
  const ids = [...new Set(me.units.map((u) => u.departmentId))];
  return {
    choices: ids.map((id) => ({ id, name: names.get(id) ?? '本单位所属部门' })),
    loading: all.isPending,
  };
}
