/**
 * Who is calling, as every controller and service sees it after the auth guard.
 * - admin: accounts and settings; sees every department.
 * - manager (主管/审核人员): the departments in `departmentIds`: review, approve, return, reopen.
 * - evaluator (评价人员): the budget units in `unitIds`: enter and submit.
 */
export type Role = 'admin' | 'manager' | 'evaluator';

export interface AuthUser {
  id: string;
  username: string;
  role: Role;
  departmentIds: string[];
  unitIds: string[];
}

export const ALL_ROLES: readonly Role[] = ['admin', 'manager', 'evaluator'];
