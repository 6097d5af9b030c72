import { Role } from '../auth/auth-user';
import { UserAccount } from './user-account.entity';

/** An account as the API shows it: never the password hash. */
export interface UserView {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  departmentIds: string[];
  unitIds: string[];
  mustChangePassword: boolean;
  passwordChangedAt: string;
  locked: boolean;
  lockedUntil: string | null;
  disabled: boolean;
  version: number;
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
