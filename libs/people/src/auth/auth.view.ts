import type { Role } from './auth-user';

/** Tokens of a session: send the access token as `Authorization: Bearer …`, renew with the refresh token. */
export class TokenPair {
  accessToken!: string;
  /** Seconds until the access token expires. */
  expiresIn!: number;
  /** One use: `POST /api/auth/refresh` answers a new pair; a reused one ends the session. */
  refreshToken!: string;
  tokenType!: 'Bearer';
}

export class LoginResult extends TokenPair {
  /** The tokens reach only change-password, logout and /auth/me until the password is changed. */
  mustChangePassword!: boolean;
  passwordExpired!: boolean;
}

export class MeDepartment {
  id!: string;
  /** @example "乐山市医疗保障局" */
  name!: string;
}

export class MeUnit {
  id!: string;
  /** @example "乐山市医疗保障局机关" */
  name!: string;
  departmentId!: string;
}

/** Who am I: what a client needs to shape its screens. */
export class MeView {
  id!: string;
  /** @example "zhangsan" */
  username!: string;
  /** @example "张三" */
  displayName!: string;
  role!: Role;
  /** managers: the departments in their scope (admins see every department; this lists none) */
  departments!: MeDepartment[];
  /** evaluators: the units in their scope */
  units!: MeUnit[];
  /** when the password stops working for anything but changing it; null when passwords do not expire */
  passwordExpiresAt!: string | null;
  mustChangePassword!: boolean;
}
