import { AppConfig } from '@jixiao/config';
import { DomainError } from '@jixiao/platform';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditContext } from '../audit/audit-context';
import { AuditService } from '../audit/audit.service';
import { AUTH_CLOCK, AuthClock } from '../clock';
import { PasswordHasher } from '../passwords/password-hasher';
import { assertPasswordPolicy } from '../passwords/password-policy.error';
import { SessionService } from '../sessions/session.service';
import { UserAccount } from '../users/user-account.entity';
import { AccessTokenService } from './access-token.service';
import { authErrors } from './auth-errors';
import { AuthUser } from './auth-user';
import { LoginResult, MeView, TokenPair } from './auth.view';

export type { LoginResult, TokenPair };

/** What login and refresh hand back. */

const ROTATION_ERRORS = {
  invalid: authErrors.refreshInvalid,
  reused: authErrors.refreshReused,
  idle: authErrors.sessionIdle,
  ended: authErrors.sessionEnded,
  disabled: authErrors.disabled,
};

/** Login, refresh, logout and password change; every login attempt is audited. */
@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    @Inject(AUTH_CLOCK) private readonly clock: AuthClock,
    private readonly hasher: PasswordHasher,
    private readonly tokens: AccessTokenService,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
  ) {}

  async login(usernameInput: string, password: string, clientAddress: string | null): Promise<LoginResult> {
    const username = usernameInput.trim().toLowerCase();
    const users = this.dataSource.getRepository(UserAccount);
    const user = await users.findOneBy({ username });
    const context: AuditContext = { actor: user ? { id: user.id, username } : null, clientAddress };
    const fail = async (error: DomainError) => {
      await this.audit.record(context, {
        action: 'AUTH.LOGIN',
        objectType: 'USER',
        objectId: user?.id ?? null,
        outcome: 'failure',
        detail: error.code,
        username,
      });
      return error;
    };
    if (!user) {
      await this.hasher.verifyDecoy(password);
      throw await fail(authErrors.invalidCredentials());
    }
    const now = this.clock.now();
    if (user.lockedUntil && user.lockedUntil > now) throw await fail(authErrors.locked(user.lockedUntil));
    if (!(await this.hasher.verify(user.passwordHash, password)))
      throw await fail(await this.countFailure(user, now));
    if (user.disabled) throw await fail(authErrors.disabled());

    const passwordExpired = this.isExpired(user.passwordChangedAt, now);
    const mustChangePassword = user.mustChangePassword || passwordExpired;
    // One transaction: no session without its audit entry, no counter reset without the session.
    const { sessionId, refreshToken } = await this.dataSource.transaction(async (manager) => {
      // Raw update: sign-in bookkeeping is not an edit of the account, so its version stays.
      await manager.query(
        `UPDATE user_account SET failed_logins = 0, locked_until = NULL, must_change_password = $2 WHERE id = $1`,
        [user.id, mustChangePassword],
      );
      const opened = await this.sessions.open(user.id, clientAddress, manager);
      await this.audit.record(
        context,
        {
          action: 'AUTH.LOGIN',
          objectType: 'USER',
          objectId: user.id,
          detail: passwordExpired
            ? 'PASSWORD_EXPIRED'
            : mustChangePassword
              ? 'PASSWORD_CHANGE_REQUIRED'
              : null,
        },
        manager,
      );
      return opened;
    });
    return { ...this.pair(user.id, sessionId, refreshToken), mustChangePassword, passwordExpired };
  }

  /** Tokens for a session opened without a login (the first-admin CLI, test helpers). */
  async openSession(userId: string, clientAddress: string | null = null): Promise<TokenPair> {
    const { sessionId, refreshToken } = await this.sessions.open(userId, clientAddress);
    return this.pair(userId, sessionId, refreshToken);
  }

  async refresh(refreshToken: string, clientAddress: string | null): Promise<TokenPair> {
    const result = await this.sessions.rotate(refreshToken);
    if (!result.ok) {
      const error = ROTATION_ERRORS[result.reason]();
      // A reused token is a theft signal; the others are ordinary expiries, not worth an entry each.
      if (result.reason === 'reused')
        await this.audit.record(
          { actor: { id: result.userId!, username: result.username! }, clientAddress },
          {
            action: 'AUTH.REFRESH',
            objectType: 'SESSION',
            objectId: result.sessionId,
            outcome: 'failure',
            detail: error.code,
          },
        );
      throw error;
    }
    return this.pair(result.userId, result.sessionId, result.refreshToken);
  }

  async logout(user: AuthUser, sessionId: string, context: AuditContext): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.sessions.revoke(sessionId, 'logout', manager);
      await this.audit.record(
        context,
        { action: 'AUTH.LOGOUT', objectType: 'SESSION', objectId: sessionId },
        manager,
      );
    });
  }

  /** Changes the caller's own password; the other sessions of the account end. */
  async changePassword(
    user: AuthUser,
    sessionId: string | null,
    currentPassword: string,
    newPassword: string,
    context: AuditContext,
  ): Promise<void> {
    const account = await this.dataSource.getRepository(UserAccount).findOneByOrFail({ id: user.id });
    // Failures are recorded on their own connection (nothing else is written); the success inside the change.
    const audit = (outcome: 'success' | 'failure', detail: string | null, manager?: EntityManager) =>
      this.audit.record(
        context,
        { action: 'AUTH.CHANGE_PASSWORD', objectType: 'USER', objectId: user.id, outcome, detail },
        manager,
      );
    if (!(await this.hasher.verify(account.passwordHash, currentPassword))) {
      await audit('failure', 'PASSWORD.CURRENT_WRONG');
      throw new DomainError('invalid', 'PASSWORD.CURRENT_WRONG', '当前密码不正确');
    }
    if (newPassword === currentPassword) {
      await audit('failure', 'PASSWORD.UNCHANGED');
      throw new DomainError('invalid', 'PASSWORD.UNCHANGED', '新密码不能与当前密码相同');
    }
    try {
      assertPasswordPolicy(newPassword, account.username);
    } catch (error) {
      await audit('failure', 'PASSWORD.POLICY_VIOLATED');
      throw error;
    }
    const hash = await this.hasher.hash(newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE user_account SET password_hash = $2, must_change_password = FALSE, password_changed_at = $3 WHERE id = $1`,
        [user.id, hash, this.clock.now()],
      );
      await this.sessions.revokeAllOf(user.id, 'password-changed', sessionId, manager);
      await audit('success', null, manager);
    });
  }

  /**
   * Counts a wrong password; the LOCKOUT_THRESHOLD-th in a row locks the account. One statement: the
   * count and the lock cannot come apart, even under concurrent attempts. Apart from the failure's
   * audit entry (its own connection), as both must stay whatever happens to the other.
   */
  private async countFailure(user: UserAccount, now: Date): Promise<DomainError> {
    const lockedUntil = new Date(now.getTime() + this.config.LOCKOUT_MINUTES * 60_000);
    const [[row]] = await this.dataSource.query<[{ locked: boolean }[], number]>(
      `UPDATE user_account
          SET failed_logins = CASE WHEN failed_logins + 1 >= $2 THEN 0 ELSE failed_logins + 1 END,
              locked_until = CASE WHEN failed_logins + 1 >= $2 THEN $3::timestamptz ELSE locked_until END
        WHERE id = $1
    RETURNING failed_logins = 0 AS locked`,
      [user.id, this.config.LOCKOUT_THRESHOLD, lockedUntil],
    );
    return row.locked ? authErrors.locked(lockedUntil) : authErrors.invalidCredentials();
  }

  /**
   * Who am I, with names: a manager's departments; an evaluator's units and the departments they belong
   * to. Admins see everything, so both lists are empty for them.
   */
  async me(user: AuthUser): Promise<MeView> {
    const account = await this.dataSource.getRepository(UserAccount).findOneByOrFail({ id: user.id });
    const units: { id: string; name: string; departmentId: string }[] = await this.dataSource.query(
      `SELECT id, name, department_id AS "departmentId" FROM budget_unit WHERE id = ANY($1::uuid[]) ORDER BY name, id`,
      [user.unitIds],
    );
    const departmentIds = [...new Set([...user.departmentIds, ...units.map((unit) => unit.departmentId)])];
    const departments: { id: string; name: string }[] = await this.dataSource.query(
      'SELECT id, name FROM department WHERE id = ANY($1::uuid[]) ORDER BY name, id',
      [departmentIds],
    );
    const maxAgeDays = this.config.PASSWORD_MAX_AGE_DAYS;
    return {
      id: account.id,
      username: account.username,
      displayName: account.displayName,
      role: account.role,
      departments,
      units,
      passwordExpiresAt:
        maxAgeDays > 0 ? new Date(account.passwordChangedAt.getTime() + maxAgeDays * 86_400_000).toISOString() : null,
      mustChangePassword: account.mustChangePassword || this.isExpired(account.passwordChangedAt, this.clock.now()),
    };
  }

  private isExpired(passwordChangedAt: Date, now: Date): boolean {
    const maxAgeDays = this.config.PASSWORD_MAX_AGE_DAYS;
    return maxAgeDays > 0 && now.getTime() - passwordChangedAt.getTime() > maxAgeDays * 86_400_000;
  }

  private pair(userId: string, sessionId: string, refreshToken: string): TokenPair {
    return {
      accessToken: this.tokens.sign({ sub: userId, sid: sessionId }),
      expiresIn: this.tokens.ttlSeconds,
      refreshToken,
      tokenType: 'Bearer',
    };
  }
}
