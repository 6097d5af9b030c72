import { PageView } from '@jixiao/platform';
import { Role } from '../auth/auth-user';
import { UserAccount } from './user-account.entity';

/** An account as the API shows it: never the password hash. */
export class UserView {
  id!: string;
  /** @example "zhangsan" */
  username!: string;
  /** @example "张三" */
  displayName!: string;
  role!: Role;
  /** managers: the departments they review */
  departmentIds!: string[];
  /** evaluators: the units they enter for */
  unitIds!: string[];
  mustChangePassword!: boolean;
  passwordChangedAt!: string;
  locked!: boolean;
  lockedUntil!: string | null;
  disabled!: boolean;
  version!: number;
}

export class UserPage extends PageView {
  items!: UserView[];
}

/** A new account and its one-time first-login password (shown once). */
export class CreatedUser {
  user!: UserView;
  /** @example "Qx7-m2Rt-9kLp" */
  temporaryPassword!: string;
}

/** A new one-time password (shown once); the account must change it at its next login. */
export class TemporaryPassword {
  temporaryPassword!: string;
}

export function toUserView(user: UserAccount, now: Date): UserView {
  const locked = user.lockedUntil !== null && user.lockedUntil > now;
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    departmentIds: user.departmentIds,
    unitIds: user.unitIds,
    mustChangePassword: user.mustChangePassword,
    passwordChangedAt: user.passwordChangedAt.toISOString(),
    locked,
    lockedUntil: locked ? user.lockedUntil!.toISOString() : null,
    disabled: user.disabled,
    version: user.version,
  };
}
