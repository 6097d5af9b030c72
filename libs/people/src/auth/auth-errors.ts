import { DomainError } from '@jixiao/platform';

/**
 * The authentication failures, each a 401 with its own code. A login refused for an unknown username, a
 * wrong password or a locked account answers `invalidCredentials` alike (the audit log keeps which it was):
 * `locked` is only the audited reason. Lockout itself is told in the README (and admins see it on the account).
 */
export const authErrors = {
  unauthenticated: () => new DomainError('unauthenticated', 'AUTH.UNAUTHENTICATED', '未登录或登录已过期'),
  invalidCredentials: () =>
    new DomainError('unauthenticated', 'AUTH.INVALID_CREDENTIALS', '用户名或密码错误'),
  locked: (lockedUntil: Date) =>
    new DomainError(
      'unauthenticated',
      'AUTH.ACCOUNT_LOCKED',
      '登录失败次数过多，账号已锁定，请稍后再试或联系管理员',
      {
        lockedUntil: lockedUntil.toISOString(),
      },
    ),
  disabled: () => new DomainError('unauthenticated', 'AUTH.ACCOUNT_DISABLED', '账号已停用'),
  sessionIdle: () => new DomainError('unauthenticated', 'AUTH.SESSION_IDLE', '长时间未操作，请重新登录'),
  sessionEnded: () => new DomainError('unauthenticated', 'AUTH.SESSION_ENDED', '登录已失效，请重新登录'),
  refreshInvalid: () =>
    new DomainError('unauthenticated', 'AUTH.REFRESH_INVALID', '刷新令牌无效，请重新登录'),
  refreshReused: () =>
    new DomainError(
      'unauthenticated',
      'AUTH.REFRESH_REUSED',
      '刷新令牌已被使用，为安全起见本次登录已失效，请重新登录',
    ),
  passwordChangeRequired: () => new DomainError('forbidden', 'AUTH.PASSWORD_CHANGE_REQUIRED', '请先修改密码'),
};
