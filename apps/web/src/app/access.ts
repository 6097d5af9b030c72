import type { Me } from '../features/me/me.queries';

type Role = Me['role'];

/** One menu entry: the page it opens and the roles that see it (access rules per route, in one place). */
export interface NavEntry {
  path: string;
  label: string;
  roles: readonly Role[];
}

export const NAVIGATION: readonly NavEntry[] = [
  { path: '/tasks', label: '我的任务', roles: ['evaluator'] },
  { path: '/review', label: '审核', roles: ['manager', 'admin'] },

  // 绩效运行监控, 监控报告, 执行进度 and 管理: what the API lets each role see and do there.
  { path: '/monitoring', label: '绩效运行监控', roles: ['evaluator', 'manager', 'admin'] },
  { path: '/reports', label: '监控报告', roles: ['evaluator', 'manager', 'admin'] },
  { path: '/execution', label: '执行进度', roles: ['evaluator', 'manager', 'admin'] },
  { path: '/admin', label: '管理', roles: ['admin'] },
];

export function canOpen(role: Role, path: string): boolean {
  const entry = NAVIGATION.find((e) => path === e.path || path.startsWith(`${e.path}/`));
  return !entry || entry.roles.includes(role);
}

/** Where a role lands after login. */
export function homeOf(role: Role): string {
  return role === 'evaluator' ? '/tasks' : '/review';
}
