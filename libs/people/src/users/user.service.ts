import { DomainError, notFound } from '@jixiao/platform';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AuditContext, SYSTEM_AUDIT } from '../audit/audit-context';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/auth-user';
import { AUTH_CLOCK, AuthClock } from '../clock';
import { VersionedUpdater } from '../concurrency/versioned-update';
import { PasswordHasher } from '../passwords/password-hasher';
import { generatePassword } from '../passwords/password-policy';
import { SessionService } from '../sessions/session.service';
import { UserAccount } from './user-account.entity';
import { CreateUserDto, UpdateUserDto, UserListQuery } from './user.dto';
import { resolveScope } from './user-scope';
import { USERNAME_PATTERN, USERNAME_RULE } from './username';
import { toUserView, UserView } from './user.view';

/**
 * Accounts: admins create, edit, reset and unlock them; managers may look at the accounts of their
 * departments. Another department's account is 404 to a manager. New and reset passwords are
 * generated, shown once, and must be changed at the next login.
 */
@Injectable()
export class UserService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(AUTH_CLOCK) private readonly clock: AuthClock,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    private readonly versioned: VersionedUpdater,
  ) {}

  /** `precondition` runs first inside the creating transaction (createFirstAdmin's check). */
  async create(
    context: AuditContext,
    input: CreateUserDto,
    precondition?: (manager: EntityManager) => Promise<void>,
  ): Promise<{ user: UserView; temporaryPassword: string }> {
    const username = input.username.trim().toLowerCase();
    const temporaryPassword = generatePassword();
    const passwordHash = await this.hasher.hash(temporaryPassword);
    const user = await this.dataSource.transaction(async (manager) => {
      await precondition?.(manager);
      const scope = await resolveScope(manager, input.role, input);
      const taken = await manager.getRepository(UserAccount).existsBy({ username });
      if (taken)
        throw new DomainError('conflict', 'USER.ALREADY_EXISTS', `用户名已存在：${username}`, { username });
      const saved = await manager.getRepository(UserAccount).save({
        username,
        displayName: input.displayName ?? '',
        role: input.role,
        ...scope,
        passwordHash,
        mustChangePassword: true,
        passwordChangedAt: this.clock.now(),
        failedLogins: 0,
        lockedUntil: null,
        disabled: false,
      });
      await this.audit.record(
        context,
        {
          action: 'USER.CREATE',
          objectType: 'USER',
          objectId: saved.id,
          after: { username, role: input.role, ...scope },
        },
        manager,
      );
      return saved;
    });
    return { user: toUserView(user, this.clock.now()), temporaryPassword };
  }

  /**
   * The first administrator (CLI `create-admin`, the demo): refused once any admin exists, so the
   * command cannot be used to mint a second way in. Returns its generated first-login password.
   */
  async createFirstAdmin(username: string): Promise<{ user: UserView; password: string }> {
    // The API's DTO checks this for `create`; the CLI hands the name in unchecked.
    if (!USERNAME_PATTERN.test(username.trim()))
      throw new DomainError('invalid', 'USER.USERNAME_INVALID', USERNAME_RULE, { username });
    const { user, temporaryPassword } = await this.create(
      SYSTEM_AUDIT,
      { username, role: 'admin', displayName: '系统管理员' },
      async (manager) => {
        // Checked under a lock in the creating transaction: two first-admin runs at once make one admin.
        await manager.query("SELECT pg_advisory_xact_lock(hashtextextended('people:first-admin', 0))");
        if (await manager.getRepository(UserAccount).existsBy({ role: 'admin' }))
          throw new DomainError('conflict', 'USER.ADMIN_EXISTS', '已存在管理员账号，请由管理员在系统中创建账号');
      },
    );
    return { user, password: temporaryPassword };
  }

  async list(
    actor: AuthUser,
    query: UserListQuery,
  ): Promise<{ items: UserView[]; total: number; page: number; pageSize: number }> {
    const builder = this.dataSource.getRepository(UserAccount).createQueryBuilder('u');
    if (actor.role !== 'admin')
      builder.andWhere('u.departmentIds && :scope::uuid[]', { scope: actor.departmentIds });
    if (query.role) builder.andWhere('u.role = :role', { role: query.role });
    if (query.q)
      builder.andWhere('(u.username ILIKE :q OR u.displayName ILIKE :q)', {
        q: `%${query.q.replace(/[%_\\]/g, '\\$&')}%`,
      });
    const [rows, total] = await builder
      .orderBy('u.username')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    const now = this.clock.now();
    return {
      items: rows.map((row) => toUserView(row, now)),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async get(actor: AuthUser, id: string): Promise<UserView> {
    return toUserView(await this.findVisible(actor, id), this.clock.now());
  }

  /** Role, scope, name or disabled flag, with the version read (409 when stale). */
  async update(actor: AuthUser, context: AuditContext, id: string, input: UpdateUserDto): Promise<UserView> {
    const user = await this.dataSource.transaction(async (manager) => {
      const current = await this.findVisible(actor, id);
      if (current.id === actor.id && ((input.role && input.role !== current.role) || input.disabled))
        throw new DomainError('invalid', 'USER.SELF_DEMOTION', '不能停用自己的账号或更改自己的角色');
      const changes: QueryDeepPartialEntity<UserAccount> = {};
      if (input.displayName !== undefined) changes.displayName = input.displayName;
      if (input.disabled !== undefined) changes.disabled = input.disabled;
      if (input.role !== undefined || input.departmentIds !== undefined || input.unitIds !== undefined) {
        const role = input.role ?? current.role;
        const roleChanged = role !== current.role;
        // A new role starts from an empty scope unless one is given with it.
        const scope = await resolveScope(manager, role, {
          departmentIds:
            input.departmentIds ?? (roleChanged || role === 'evaluator' ? [] : current.departmentIds),
          unitIds: input.unitIds ?? (roleChanged ? [] : current.unitIds),
        });
        Object.assign(changes, { role, departmentIds: scope.departmentIds, unitIds: scope.unitIds });
      }
      const updated = await this.versioned.update(manager, context, {
        entity: UserAccount,
        id,
        version: input.version,
        changes,
        objectType: 'USER',
        label: '用户',
      });
      if (input.disabled) await this.sessions.revokeAllOf(id, 'disabled', null, manager);
      return updated;
    });
    return toUserView(user, this.clock.now());
  }

  /** A new generated password, shown once; the account must change it and its sessions end. */
  async resetPassword(
    actor: AuthUser,
    context: AuditContext,
    id: string,
  ): Promise<{ temporaryPassword: string }> {
    await this.findVisible(actor, id);
    const temporaryPassword = generatePassword();
    const hash = await this.hasher.hash(temporaryPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE user_account SET password_hash = $2, must_change_password = TRUE, password_changed_at = $3,
                failed_logins = 0, locked_until = NULL WHERE id = $1`,
        [id, hash, this.clock.now()],
      );
      await this.sessions.revokeAllOf(id, 'password-reset', null, manager);
      await this.audit.record(
        context,
        { action: 'USER.RESET_PASSWORD', objectType: 'USER', objectId: id },
        manager,
      );
    });
    return { temporaryPassword };
  }

  async unlock(actor: AuthUser, context: AuditContext, id: string): Promise<UserView> {
    const before = await this.findVisible(actor, id);
    await this.dataSource.transaction(async (manager) => {
      await manager.query('UPDATE user_account SET failed_logins = 0, locked_until = NULL WHERE id = $1', [
        id,
      ]);
      await this.audit.record(
        context,
        {
          action: 'USER.UNLOCK',
          objectType: 'USER',
          objectId: id,
          before: { lockedUntil: before.lockedUntil },
        },
        manager,
      );
    });
    return this.get(actor, id);
  }

  /** The account, if the caller may see it; 404 otherwise (another department's account does not exist for it). */
  private async findVisible(actor: AuthUser, id: string): Promise<UserAccount> {
    const user = await this.dataSource.getRepository(UserAccount).findOneBy({ id });
    const visible =
      user !== null &&
      (actor.role === 'admin' || user.departmentIds.some((d) => actor.departmentIds.includes(d)));
    if (!visible) throw notFound('USER', id, '用户');
    return user;
  }
}
