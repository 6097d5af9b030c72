import type { Me } from './me.queries';

/** 角色 as the screens name them. */
export const ROLE_LABELS: Record<Me['role'], string> = {
  admin: '系统管理员',
  manager: '主管部门审核人员',
  evaluator: '评价人员',
};
