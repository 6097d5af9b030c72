import { AuthUser, Role, SYSTEM_AUDIT, UserAccount, UserService } from '@jixiao/people';
import { BudgetUnit, Department } from '@jixiao/targets';
import { INestApplicationContext } from '@nestjs/common';
import { DataSource, In } from 'typeorm';

export interface DemoAccount {
  username: string;
  role: Role;
  /** What the account sees, in words: everything, or its departments and units by name. */
  scope: string;
  /** The generated first-login password; null when the account already existed and was left as it was. */
  password: string | null;
}

export const DEMO_MANAGER = 'leshan-manager';
export const DEMO_EVALUATOR = 'leshan-evaluator';

/**
 * One account per role: the first administrator, a manager of the demo department and an evaluator
 * of its first unit, created through UserService with generated passwords that must be changed at the
 * first login. On a re-run the accounts exist and are kept as they are: resetting them silently would
 * undo the password a user chose. `resetPasswords` (`npm run demo -- --reset-passwords`) gives each
 * existing one a new one-time password instead, as an administrator's reset does (audited, sessions end).
 */
export async function ensureDemoAccounts(
  app: INestApplicationContext,
  departmentId: string,
  resetPasswords = false,
): Promise<{ accounts: DemoAccount[]; admin: AuthUser }> {
  const dataSource = app.get(DataSource);
  const users = app.get(UserService);
  const accounts = dataSource.getRepository(UserAccount);

  const admin = await keepOrCreate(
    await accounts.findOne({ where: { role: 'admin' }, order: { createdAt: 'ASC' } }),
    () => users.createFirstAdmin('admin'),
  );
  const create = async (input: Parameters<UserService['create']>[1]) => {
    const { user, temporaryPassword } = await users.create(SYSTEM_AUDIT, input);
    return { user, password: temporaryPassword };
  };
  const manager = await keepOrCreate(await accounts.findOneBy({ username: DEMO_MANAGER }), () =>
    create({ username: DEMO_MANAGER, role: 'manager', displayName: '王主管', departmentIds: [departmentId] }),
  );
  const evaluator = await keepOrCreate(await accounts.findOneBy({ username: DEMO_EVALUATOR }), async () =>
    create({
      username: DEMO_EVALUATOR,
      role: 'evaluator',
      displayName: '李评价',
      unitIds: [await firstUnitOf(dataSource, departmentId)],
    }),
  );

  const { id, username, role, departmentIds, unitIds } = admin.account;
  const adminUser: AuthUser = { id, username, role, departmentIds, unitIds };
  const described: DemoAccount[] = [];
  for (const { account, password } of [admin, manager, evaluator]) {
    const fresh =
      password ??
      (resetPasswords
        ? (await users.resetPassword(adminUser, SYSTEM_AUDIT, account.id)).temporaryPassword
        : null);
    described.push({
      username: account.username,
      role: account.role,
      scope: await describeScope(dataSource, account),
      password: fresh,
    });
  }
  return { accounts: described, admin: adminUser };
}

type Account = Pick<UserAccount, 'id' | 'username' | 'role' | 'departmentIds' | 'unitIds'>;

/** The admin exists if any admin does (createFirstAdmin refuses a second); the others by username. */
async function keepOrCreate(
  existing: Account | null,
  create: () => Promise<{ user: Account; password: string }>,
): Promise<{ account: Account; password: string | null }> {
  if (existing) return { account: existing, password: null };
  const { user, password } = await create();
  return { account: user, password };
}

async function firstUnitOf(dataSource: DataSource, departmentId: string): Promise<string> {
  const unit = await dataSource
    .getRepository(BudgetUnit)
    .findOne({ where: { departmentId }, order: { naturalKey: 'ASC' } });
  if (!unit) throw new Error(`the demo department ${departmentId} has no budget unit`);
  return unit.id;
}

async function describeScope(dataSource: DataSource, account: Account): Promise<string> {
  if (account.role === 'admin') return 'every department';
  if (account.role === 'manager') {
    const departments = await dataSource.getRepository(Department).findBy({ id: In(account.departmentIds) });
    return departments.map((d) => d.name).join(', ');
  }
  const units = await dataSource.getRepository(BudgetUnit).findBy({ id: In(account.unitIds) });
  return units.map((u) => `${u.code ?? ''} ${u.name}`.trim()).join(', ');
}
