import { AuditService, AuthService, SYSTEM_AUDIT, UserService } from '@jixiao/people';
import request from 'supertest';
import { createTestUser } from '../support/auth';
import { uniqueSuffix } from '../support/test-app';
import { bearer, createPeopleTestApp, login, PeopleTestApp } from './support/people-test-app';

/** A new account as an admin makes it: generated password, change forced at first login. */
async function newAccount(t: PeopleTestApp) {
  const username = `auth-${uniqueSuffix()}`;
  const { user, temporaryPassword } = await t.app
    .get(UserService)
    .create(SYSTEM_AUDIT, { username, role: 'admin' });
  return { user, username, temporaryPassword };
}

async function auditOf(t: PeopleTestApp, username: string) {
  return t.dataSource.query<
    { action: string; outcome: string; detail: string | null; client_address: string | null }[]
  >(`SELECT action, outcome, detail, client_address FROM audit_entry WHERE username = $1 ORDER BY id`, [
    username,
  ]);
}

describe('authentication (login, forced change, lockout, expiry, refresh, logout)', () => {
  let t: PeopleTestApp;
  beforeAll(async () => {
    t = await createPeopleTestApp();
  });
  afterAll(() => t.close());

  it('first login: tokens reach only change-password, logout and me until the password is changed', async () => {
    const { username, temporaryPassword } = await newAccount(t);
    const first = await login(t, username, temporaryPassword).expect(200);
    expect(first.body).toMatchObject({
      mustChangePassword: true,
      passwordExpired: false,
      tokenType: 'Bearer',
      expiresIn: 900,
    });
    const headers = bearer(first.body.accessToken);
    await request(t.http).get('/api/auth/me').set(headers).expect(200);
    const blocked = await request(t.http).get('/api/users').set(headers).expect(403);
    expect(blocked.body.code).toBe('AUTH.PASSWORD_CHANGE_REQUIRED');

    const weak = await request(t.http)
      .post('/api/auth/change-password')
      .set(headers)
      .send({ currentPassword: temporaryPassword, newPassword: 'abcdefg' })
      .expect(400);
    expect(weak.body).toMatchObject({
      code: 'PASSWORD.POLICY_VIOLATED',
      details: { rules: ['MIN_LENGTH', 'CHARACTER_CLASSES'] },
    });
    expect(weak.body.message).toContain('密码长度至少 8 位');
    const sameAsName = await request(t.http)
      .post('/api/auth/change-password')
      .set(headers)
      .send({ currentPassword: temporaryPassword, newPassword: username.toUpperCase() })
      .expect(400);
    expect(sameAsName.body.details.rules).toContain('NOT_USERNAME');
    const wrongCurrent = await request(t.http)
      .post('/api/auth/change-password')
      .set(headers)
      .send({ currentPassword: 'not-it-1A', newPassword: 'Leshan-2024' })
      .expect(400);
    expect(wrongCurrent.body.code).toBe('PASSWORD.CURRENT_WRONG');

    await request(t.http)
      .post('/api/auth/change-password')
      .set(headers)
      .send({ currentPassword: temporaryPassword, newPassword: 'Leshan-2024' })
      .expect(204);
    // The same session now has full access; the temporary password is gone.
    await request(t.http).get('/api/users').set(headers).expect(200);
    await login(t, username, temporaryPassword).expect(401);
    const again = await login(t, username, 'Leshan-2024').expect(200);
    expect(again.body.mustChangePassword).toBe(false);
  });

  it('an unknown user, a wrong password and a locked account get the same answer', async () => {
    const account = await createTestUser(t, { role: 'admin' });
    const locked = await createTestUser(t, { role: 'admin' });
    for (let attempt = 1; attempt <= 5; attempt++)
      await login(t, locked.user.username, 'Wrong-pass-1').expect(401);
    const answers = await Promise.all([
      login(t, `nobody-${uniqueSuffix()}`, 'Whatever-1'),
      login(t, account.user.username, 'Wrong-pass-1'),
      login(t, locked.user.username, locked.password),
      login(t, locked.user.username, 'Wrong-pass-1'),
    ]);
    const shown = answers.map((a) => ({ status: a.status, body: a.body as unknown }));
    expect(new Set(shown.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(shown[0]).toEqual({
      status: 401,
      body: { code: 'AUTH.INVALID_CREDENTIALS', message: '用户名或密码错误', details: {} },
    });
    // Still locked: the right password afterwards is refused too, and the audit log says why.
    await login(t, locked.user.username, locked.password).expect(401);
    const details = (await auditOf(t, locked.user.username))
      .filter((entry) => entry.action === 'AUTH.LOGIN')
      .map((entry) => entry.detail);
    expect(details.slice(-4)).toEqual([
      'AUTH.ACCOUNT_LOCKED',
      'AUTH.ACCOUNT_LOCKED',
      'AUTH.ACCOUNT_LOCKED',
      'AUTH.ACCOUNT_LOCKED',
    ]);
  });

  it('five wrong passwords lock the account for LOCKOUT_MINUTES; the right one is refused meanwhile; audited', async () => {
    const account = await createTestUser(t, { role: 'admin' });
    const { username } = account.user;
    const { password } = account;
    for (let attempt = 1; attempt <= 4; attempt++) {
      const response = await login(t, username, `Wrong-${attempt}-pass`).expect(401);
      expect(response.body.code).toBe('AUTH.INVALID_CREDENTIALS');
    }
    // Locked: the caller is told nothing new (the audit log below keeps the reason).
    const fifth = await login(t, username, 'Wrong-5-pass').expect(401);
    expect(fifth.body.code).toBe('AUTH.INVALID_CREDENTIALS');
    expect((await login(t, username, password).expect(401)).body.code).toBe('AUTH.INVALID_CREDENTIALS');

    t.clock.advanceMinutes(29);
    expect((await login(t, username, password).expect(401)).body.code).toBe('AUTH.INVALID_CREDENTIALS');
    t.clock.advanceMinutes(2);
    await login(t, username, password).expect(200);

    const audit = await auditOf(t, username);
    const logins = audit.filter((entry) => entry.action === 'AUTH.LOGIN');
    expect(logins.map((entry) => [entry.outcome, entry.detail])).toEqual([
      ['failure', 'AUTH.INVALID_CREDENTIALS'],
      ['failure', 'AUTH.INVALID_CREDENTIALS'],
      ['failure', 'AUTH.INVALID_CREDENTIALS'],
      ['failure', 'AUTH.INVALID_CREDENTIALS'],
      ['failure', 'AUTH.ACCOUNT_LOCKED'],
      ['failure', 'AUTH.ACCOUNT_LOCKED'],
      ['failure', 'AUTH.ACCOUNT_LOCKED'],
      ['success', null],
    ]);
    expect(logins.every((entry) => entry.client_address !== null)).toBe(true);
  });

  it('an admin unlocks a locked account at once', async () => {
    const admin = await createTestUser(t, { role: 'admin' });
    const target = await createTestUser(t, { role: 'admin' });
    for (let attempt = 1; attempt <= 5; attempt++)
      await login(t, target.user.username, 'Wrong-pass-1').expect(401);
    const locked = await request(t.http).get(`/api/users/${target.user.id}`).set(admin.headers).expect(200);
    expect(locked.body.locked).toBe(true);
    const unlocked = await request(t.http)
      .post(`/api/users/${target.user.id}/unlock`)
      .set(admin.headers)
      .expect(200);
    expect(unlocked.body).toMatchObject({ locked: false, lockedUntil: null });
    await login(t, target.user.username, target.password).expect(200);
  });

  it('an unknown username fails like a wrong password and is audited with the name tried', async () => {
    const username = `nobody-${uniqueSuffix()}`;
    const response = await login(t, username, 'Whatever-1').expect(401);
    expect(response.body.code).toBe('AUTH.INVALID_CREDENTIALS');
    expect(await auditOf(t, username)).toEqual([
      expect.objectContaining({
        action: 'AUTH.LOGIN',
        outcome: 'failure',
        detail: 'AUTH.INVALID_CREDENTIALS',
      }),
    ]);
  });

  it('a password older than PASSWORD_MAX_AGE_DAYS must be changed at the next login', async () => {
    const account = await createTestUser(t, { role: 'admin' });
    t.clock.advanceMinutes(91 * 24 * 60);
    const response = await login(t, account.user.username, account.password).expect(200);
    expect(response.body).toMatchObject({ mustChangePassword: true, passwordExpired: true });
    const blocked = await request(t.http)
      .get('/api/audit')
      .set(bearer(response.body.accessToken))
      .expect(403);
    expect(blocked.body.code).toBe('AUTH.PASSWORD_CHANGE_REQUIRED');
  });

  it('access tokens expire after ACCESS_TOKEN_TTL_SECONDS; a refresh rotates the pair; a reused refresh token ends the session', async () => {
    const admin = await createTestUser(t, { role: 'admin' });
    const session = (await login(t, admin.user.username, admin.password).expect(200)).body;

    t.clock.advanceMinutes(16);
    const expired = await request(t.http).get('/api/auth/me').set(bearer(session.accessToken)).expect(401);
    expect(expired.body.code).toBe('AUTH.UNAUTHENTICATED');

    const rotated = (
      await request(t.http).post('/api/auth/refresh').send({ refreshToken: session.refreshToken }).expect(200)
    ).body;
    expect(rotated.refreshToken).not.toBe(session.refreshToken);
    await request(t.http).get('/api/auth/me').set(bearer(rotated.accessToken)).expect(200);

    // The old refresh token again: stolen. The whole session ends, the fresh tokens with it.
    const reused = await request(t.http)
      .post('/api/auth/refresh')
      .send({ refreshToken: session.refreshToken })
      .expect(401);
    expect(reused.body.code).toBe('AUTH.REFRESH_REUSED');
    expect(
      (await request(t.http).get('/api/auth/me').set(bearer(rotated.accessToken)).expect(401)).body.code,
    ).toBe('AUTH.SESSION_ENDED');
    await request(t.http).post('/api/auth/refresh').send({ refreshToken: rotated.refreshToken }).expect(401);
    const audit = await auditOf(t, admin.user.username);
    expect(audit).toContainEqual(
      expect.objectContaining({ action: 'AUTH.REFRESH', outcome: 'failure', detail: 'AUTH.REFRESH_REUSED' }),
    );
  });

  it('a session idle longer than IDLE_TIMEOUT_MINUTES is over: requests and refresh are refused', async () => {
    const admin = await createTestUser(t, { role: 'admin' });
    const session = (await login(t, admin.user.username, admin.password).expect(200)).body;
    t.clock.advanceMinutes(10);
    await request(t.http).get('/api/auth/me').set(bearer(session.accessToken)).expect(200);
    t.clock.advanceMinutes(31);
    const refresh = await request(t.http)
      .post('/api/auth/refresh')
      .send({ refreshToken: session.refreshToken })
      .expect(401);
    expect(refresh.body.code).toBe('AUTH.SESSION_IDLE');
  });

  it('logout revokes the session: its access token and refresh token stop working', async () => {
    const admin = await createTestUser(t, { role: 'admin' });
    const session = (await login(t, admin.user.username, admin.password).expect(200)).body;
    await request(t.http).post('/api/auth/logout').set(bearer(session.accessToken)).expect(204);
    expect(
      (await request(t.http).get('/api/auth/me').set(bearer(session.accessToken)).expect(401)).body.code,
    ).toBe('AUTH.SESSION_ENDED');
    const refresh = await request(t.http)
      .post('/api/auth/refresh')
      .send({ refreshToken: session.refreshToken })
      .expect(401);
    expect(refresh.body.code).toBe('AUTH.SESSION_ENDED');
    expect((await auditOf(t, admin.user.username)).map((entry) => entry.action)).toContain('AUTH.LOGOUT');
  });

  it('tokens signed with another key, malformed headers and no header are 401', async () => {
    const forged =
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ4Iiwic2lkIjoieSIsImlhdCI6MSwiZXhwIjo5OTk5OTk5OTk5fQ.' +
      'c2lnbmF0dXJlLW5vdC12YWxpZA';
    for (const headers of [bearer(forged), { Authorization: 'Basic YWRtaW46YWRtaW4=' }, {}])
      expect((await request(t.http).get('/api/auth/me').set(headers).expect(401)).body.code).toBe(
        'AUTH.UNAUTHENTICATED',
      );
  });

  it('login is rate limited per address and username (429 after LOGIN_RATE_LIMIT attempts)', async () => {
    const username = `flood-${uniqueSuffix()}`;
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 11; attempt++)
      statuses.push((await login(t, username, 'Wrong-pass-1')).status);
    expect(statuses.slice(0, 10).every((status) => status === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
    // Another username from the same address is not held back by it.
    await login(t, `other-${uniqueSuffix()}`, 'Wrong-pass-1').expect(401);
  });

  it('a disabled account cannot log in and its sessions end', async () => {
    const admin = await createTestUser(t, { role: 'admin' });
    const target = await createTestUser(t, { role: 'admin' });
    const session = (await login(t, target.user.username, target.password).expect(200)).body;
    await request(t.http)
      .patch(`/api/users/${target.user.id}`)
      .set(admin.headers)
      .send({ version: target.user.version, disabled: true })
      .expect(200);
    await request(t.http).get('/api/auth/me').set(bearer(session.accessToken)).expect(401);
    expect((await login(t, target.user.username, target.password).expect(401)).body.code).toBe(
      'AUTH.ACCOUNT_DISABLED',
    );
  });

  describe('each change is one transaction', () => {
    /** The next audit entry written in a transaction fails (as a full disk would); entries on their own connection still go in. */
    function failNextAuditInTransaction() {
      const audit = t.app.get(AuditService);
      const original = audit.record.bind(audit);
      return jest.spyOn(audit, 'record').mockImplementation(async (context, event, manager) => {
        if (manager?.queryRunner?.isTransactionActive) throw new Error('audit write failed');
        return original(context, event, manager);
      });
    }
    const rowsOf = async (userId: string) =>
      (
        await t.dataSource.query<{ sessions: number; tokens: number; failed: number }[]>(
          `SELECT (SELECT count(*)::int FROM auth_session WHERE user_id = $1) AS sessions,
                  (SELECT count(*)::int FROM refresh_token r JOIN auth_session s ON s.id = r.session_id WHERE s.user_id = $1) AS tokens,
                  (SELECT failed_logins FROM user_account WHERE id = $1) AS failed`,
          [userId],
        )
      )[0];
    afterEach(() => jest.restoreAllMocks());

    it('login: no session, refresh token or counter reset without its audit entry', async () => {
      const user = await createTestUser(t, { role: 'admin' });
      await login(t, user.user.username, 'Wrong-pass-1').expect(401);
      const before = await rowsOf(user.user.id);
      expect(before.failed).toBe(1);
      failNextAuditInTransaction();
      await login(t, user.user.username, user.password).expect(500);
      expect(await rowsOf(user.user.id)).toEqual(before);
      jest.restoreAllMocks();
      await login(t, user.user.username, user.password).expect(200);
      expect(await rowsOf(user.user.id)).toEqual({
        sessions: before.sessions + 1,
        tokens: before.tokens + 1,
        failed: 0,
      });
    });

    it('a failed login is still audited and counted', async () => {
      const user = await createTestUser(t, { role: 'admin' });
      failNextAuditInTransaction();
      await login(t, user.user.username, 'Wrong-pass-1').expect(401);
      expect((await rowsOf(user.user.id)).failed).toBe(1);
      expect((await auditOf(t, user.user.username)).at(-1)).toMatchObject({
        action: 'AUTH.LOGIN',
        outcome: 'failure',
        detail: 'AUTH.INVALID_CREDENTIALS',
      });
    });

    it('a session is opened with its refresh token or not at all', async () => {
      const user = await createTestUser(t, { role: 'admin' });
      const before = await rowsOf(user.user.id);
      // The refresh token insert fails for this account only (a trigger named after it, dropped at once).
      const name = `fail_token_${user.user.id.replace(/-/g, '')}`;
      await t.dataSource.query(`
        CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF (SELECT user_id FROM auth_session WHERE id = NEW.session_id) = '${user.user.id}' THEN
            RAISE EXCEPTION 'refresh token write failed';
          END IF;
          RETURN NEW;
        END $$;
        CREATE TRIGGER ${name} BEFORE INSERT ON refresh_token FOR EACH ROW EXECUTE FUNCTION ${name}();`);
      try {
        await expect(t.app.get(AuthService).openSession(user.user.id)).rejects.toThrow(
          'refresh token write failed',
        );
      } finally {
        await t.dataSource.query(`DROP TRIGGER ${name} ON refresh_token; DROP FUNCTION ${name}();`);
      }
      expect(await rowsOf(user.user.id)).toEqual(before);
    });

    it('change-password: the password stays unchanged when its audit entry cannot be written', async () => {
      const user = await createTestUser(t, { role: 'admin' });
      failNextAuditInTransaction();
      await request(t.http)
        .post('/api/auth/change-password')
        .set(user.headers)
        .send({ currentPassword: user.password, newPassword: 'Brand-new-pass-7' })
        .expect(500);
      jest.restoreAllMocks();
      await login(t, user.user.username, user.password).expect(200);
      await request(t.http).get('/api/auth/me').set(user.headers).expect(200); // its sessions live on
      const wrong = await request(t.http)
        .post('/api/auth/change-password')
        .set(user.headers)
        .send({ currentPassword: 'Not-the-pass-1', newPassword: 'Brand-new-pass-7' })
        .expect(400);
      expect(wrong.body.code).toBe('PASSWORD.CURRENT_WRONG');
      expect((await auditOf(t, user.user.username)).at(-1)).toMatchObject({
        action: 'AUTH.CHANGE_PASSWORD',
        outcome: 'failure',
        detail: 'PASSWORD.CURRENT_WRONG',
      });
    });
  });
});
