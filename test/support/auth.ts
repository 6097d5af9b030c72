import { AuthService, generatePassword, Role, SYSTEM_AUDIT, UserService, UserView } from '@jixiao/people';
import { TestApp, uniqueSuffix } from './test-app';

export interface TestUserOptions {
  role: Role;
  /** A manager's departments (must exist). For an evaluator, optional: derived from its units. */
  departmentIds?: string[];
  /** An evaluator's units (must exist). */
  unitIds?: string[];
  /** Default: `<role>-<random>`. */
  username?: string;
}

export interface TestUser {
  user: UserView;
  /** The password it now has (the first-login change already done). */
  password: string;
  headers: { Authorization: string };
}

/**
 * A real account with this role and scope, created through the admin service (as an admin would),
 * its forced first-login password change already made, and a session opened for it.
 */
export async function createTestUser(t: TestApp, options: TestUserOptions): Promise<TestUser> {
  const users = t.app.get(UserService);
  const auth = t.app.get(AuthService);
  const { user, temporaryPassword } = await users.create(SYSTEM_AUDIT, {
    username: options.username ?? `${options.role}-${uniqueSuffix()}`,
    role: options.role,
    departmentIds: options.departmentIds,
    unitIds: options.unitIds,
  });
  const password = generatePassword();
  await auth.changePassword(user, null, temporaryPassword, password, SYSTEM_AUDIT);
  const { accessToken } = await auth.openSession(user.id);
  return {
    user: { ...user, mustChangePassword: false },
    password,
    headers: { Authorization: `Bearer ${accessToken}` },
  };
}

/** `Authorization: Bearer <access token>` of a fresh real account with this role and scope. */
export async function authHeader(t: TestApp, options: TestUserOptions): Promise<{ Authorization: string }> {
  return (await createTestUser(t, options)).headers;
}
