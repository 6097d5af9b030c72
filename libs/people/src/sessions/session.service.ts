import { AppConfig } from '@jixiao/config';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'crypto';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AuthUser, Role } from '../auth/auth-user';
import { authErrors } from '../auth/auth-errors';
import { AUTH_CLOCK, AuthClock } from '../clock';
import { AuthSession } from './auth-session.entity';
import { RefreshToken } from './refresh-token.entity';

/** Writing last_seen_at on every request would cost a write per read; a minute is fine-grained enough. */
const TOUCH_AFTER_MS = 60_000;

export type SessionEndReason =
  'logout' | 'password-changed' | 'password-reset' | 'refresh-reuse' | 'disabled';

/** A request's caller, resolved from its access token's session. */
export interface SessionUser {
  sessionId: string;
  user: AuthUser;
  mustChangePassword: boolean;
}

/** The outcome of presenting a refresh token. */
export type RotationResult =
  | { ok: true; sessionId: string; userId: string; username: string; refreshToken: string }
  | {
      ok: false;
      reason: 'invalid' | 'reused' | 'idle' | 'ended' | 'disabled';
      sessionId?: string;
      userId?: string;
      username?: string;
    };

interface SessionRow {
  session_id: string;
  last_seen_at: Date;
  expires_at: Date;
  revoked_at: Date | null;
  user_id: string;
  username: string;
  role: Role;
  department_ids: string[];
  unit_ids: string[];
  must_change_password: boolean;
  disabled: boolean;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Login sessions and their refresh tokens: open at login, checked on every request (revocation,
 * idle timeout, absolute expiry, disabled account), rotated on refresh, revoked on logout.
 */
@Injectable()
export class SessionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    @Inject(AUTH_CLOCK) private readonly clock: AuthClock,
  ) {}

  /**
   * A new session for a user who just proved who they are; returns its first refresh token. The
   * session and its token are written together: in the caller's transaction, else in one of their own.
   */
  open(
    userId: string,
    clientAddress: string | null,
    manager?: EntityManager,
  ): Promise<{ sessionId: string; refreshToken: string }> {
    const write = async (m: EntityManager) => {
      const now = this.clock.now();
      const session = await m.getRepository(AuthSession).save({
        userId,
        createdAt: now,
        lastSeenAt: now,
        expiresAt: new Date(now.getTime() + this.config.REFRESH_TOKEN_TTL_HOURS * 3_600_000),
        revokedAt: null,
        revokedReason: null,
        clientAddress,
      });
      const refreshToken = await this.issueRefreshToken(m, session.id, now);
      return { sessionId: session.id, refreshToken };
    };
    return manager ? write(manager) : this.dataSource.transaction(write);
  }

  /** The guard's check: the session is live and its user enabled; marks it as used. */
  async resolve(sessionId: string, userId: string): Promise<SessionUser> {
    const [row] = await this.dataSource.query<SessionRow[]>(
      `SELECT s.id AS session_id, s.last_seen_at, s.expires_at, s.revoked_at,
              u.id AS user_id, u.username, u.role, u.department_ids, u.unit_ids, u.must_change_password, u.disabled
         FROM auth_session s JOIN user_account u ON u.id = s.user_id
        WHERE s.id = $1 AND s.user_id = $2`,
      [sessionId, userId],
    );
    if (!row || row.revoked_at) throw authErrors.sessionEnded();
    if (row.disabled) throw authErrors.disabled();
    const now = this.clock.now();
    if (now >= row.expires_at) throw authErrors.sessionEnded();
    if (this.isIdle(row.last_seen_at, now)) throw authErrors.sessionIdle();
    if (now.getTime() - row.last_seen_at.getTime() > TOUCH_AFTER_MS)
      await this.dataSource.query('UPDATE auth_session SET last_seen_at = $2 WHERE id = $1', [
        sessionId,
        now,
      ]);
    return {
      sessionId: row.session_id,
      mustChangePassword: row.must_change_password,
      user: {
        id: row.user_id,
        username: row.username,
        role: row.role,
        departmentIds: row.department_ids,
        unitIds: row.unit_ids,
      },
    };
  }

  /**
   * Uses a refresh token up and issues the next. A token presented twice was copied: the whole
   * session is revoked (committed before the caller reports the failure).
   */
  rotate(refreshToken: string): Promise<RotationResult> {
    return this.dataSource.transaction(async (manager): Promise<RotationResult> => {
      const token = await manager
        .getRepository(RefreshToken)
        .findOne({ where: { tokenHash: hashToken(refreshToken) }, lock: { mode: 'pessimistic_write' } });
      if (!token) return { ok: false, reason: 'invalid' };
      const session = await manager
        .getRepository(AuthSession)
        .findOne({ where: { id: token.sessionId }, lock: { mode: 'pessimistic_write' } });
      if (!session) return { ok: false, reason: 'invalid' };
      const [user] = await manager.query<{ username: string; disabled: boolean }[]>(
        'SELECT username, disabled FROM user_account WHERE id = $1',
        [session.userId],
      );
      const found = { sessionId: session.id, userId: session.userId, username: user.username };
      const now = this.clock.now();
      if (session.revokedAt || now >= session.expiresAt) return { ok: false, reason: 'ended', ...found };
      if (token.usedAt) {
        await this.revokeWith(manager, { id: session.id }, 'refresh-reuse', now);
        return { ok: false, reason: 'reused', ...found };
      }
      if (this.isIdle(session.lastSeenAt, now)) return { ok: false, reason: 'idle', ...found };
      if (user.disabled) return { ok: false, reason: 'disabled', ...found };
      await manager.getRepository(RefreshToken).update({ id: token.id }, { usedAt: now });
      await manager.getRepository(AuthSession).update({ id: session.id }, { lastSeenAt: now });
      return { ok: true, ...found, refreshToken: await this.issueRefreshToken(manager, session.id, now) };
    });
  }

  async revoke(
    sessionId: string,
    reason: SessionEndReason,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await this.revokeWith(manager, { id: sessionId }, reason, this.clock.now());
  }

  /** Ends every live session of a user (password changed or reset, account disabled), but `keep`. */
  async revokeAllOf(
    userId: string,
    reason: SessionEndReason,
    keep: string | null = null,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.query(
      `UPDATE auth_session SET revoked_at = $2, revoked_reason = $3
        WHERE user_id = $1 AND revoked_at IS NULL AND id IS DISTINCT FROM $4`,
      [userId, this.clock.now(), reason, keep],
    );
  }

  private async revokeWith(
    manager: EntityManager,
    where: { id: string },
    reason: SessionEndReason,
    now: Date,
  ): Promise<void> {
    await manager
      .getRepository(AuthSession)
      .update({ ...where, revokedAt: IsNull() }, { revokedAt: now, revokedReason: reason });
  }

  private isIdle(lastSeenAt: Date, now: Date): boolean {
    return now.getTime() - lastSeenAt.getTime() > this.config.IDLE_TIMEOUT_MINUTES * 60_000;
  }

  private async issueRefreshToken(manager: EntityManager, sessionId: string, now: Date): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await manager
      .getRepository(RefreshToken)
      .insert({ sessionId, tokenHash: hashToken(token), issuedAt: now, usedAt: null });
    return token;
  }
}
