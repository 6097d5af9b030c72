import { AuditService } from '@jixiao/people';
import request from 'supertest';
import { createTestUser, TestUser } from '../support/auth';
import { uniqueSuffix } from '../support/test-app';
import { createPeopleTestApp, login, PeopleTestApp } from './support/people-test-app';

describe('audit log', () => {
  let t: PeopleTestApp;
  let admin: TestUser;

  beforeAll(async () => {
    t = await createPeopleTestApp();
    admin = await createTestUser(t, { role: 'admin' });
  });
  afterAll(() => t.close());

  it('admins query it by user, action, outcome and time range, newest first, paged', async () => {
    const target = await createTestUser(t, { role: 'admin' });
    const since = t.clock.now().toISOString();
    t.clock.advanceMinutes(1);
    await login(t, target.user.username, 'Wrong-pass-1').expect(401);
    t.clock.advanceMinutes(1);
    await login(t, target.user.username, target.password).expect(200);

    const all = await request(t.http)
      .get(`/api/audit?userId=${target.user.id}&action=AUTH.LOGIN&from=${since}`)
      .set(admin.headers)
      .expect(200);
    expect(all.body.total).toBe(2);
    expect(all.body.items.map((entry: { outcome: string }) => entry.outcome)).toEqual(['success', 'failure']);
    expect(all.body.items[0]).toMatchObject({
      username: target.user.username,
      objectType: 'USER',
      objectId: target.user.id,
    });

    const failures = await request(t.http)
      .get(`/api/audit?username=${target.user.username}&outcome=failure&from=${since}`)
      .set(admin.headers)
      .expect(200);
    expect(failures.body.items).toEqual([
      expect.objectContaining({ action: 'AUTH.LOGIN', detail: 'AUTH.INVALID_CREDENTIALS' }),
    ]);

    const paged = await request(t.http)
      .get(`/api/audit?userId=${target.user.id}&pageSize=1&page=2`)
      .set(admin.headers)
      .expect(200);
    expect(paged.body).toMatchObject({ page: 2, pageSize: 1 });
    expect(paged.body.items).toHaveLength(1);

    const window = await request(t.http)
      .get(`/api/audit?userId=${target.user.id}&action=AUTH.LOGIN&to=${since}`)
      .set(admin.headers)
      .expect(200);
    expect(window.body.total).toBe(0);

    await request(t.http).get('/api/audit?from=yesterday').set(admin.headers).expect(400);
  });

  it.each([
    ['UPDATE', `UPDATE audit_entry SET detail = 'rewritten' WHERE id = (SELECT max(id) FROM audit_entry)`],
    ['DELETE', `DELETE FROM audit_entry WHERE id = (SELECT max(id) FROM audit_entry)`],
    ['TRUNCATE', `TRUNCATE audit_entry`],
  ])('the application connection cannot %s audit rows', async (operation, sql) => {
    await expect(t.dataSource.query(sql)).rejects.toThrow(`audit_entry is append-only: ${operation} refused`);
  });

  it('nor delete through the purge switch anything younger than 183 days', async () => {
    const action = `TEST.RECENT_${uniqueSuffix()}`;
    await t.app.get(AuditService).record({ actor: null, clientAddress: null }, { action });
    await expect(
      t.dataSource.transaction(async (manager) => {
        await manager.query(`SELECT set_config('jixiao.audit_purge', 'on', true)`);
        await manager.query(`DELETE FROM audit_entry WHERE action = $1`, [action]);
      }),
    ).rejects.toThrow('append-only: DELETE refused');
    await expect(t.dataSource.query(`SELECT audit_purge(now() - interval '30 days')`)).rejects.toThrow(
      'kept at least 183 days',
    );
  });

  it('the retention purge removes entries older than AUDIT_RETENTION_DAYS only', async () => {
    const audit = t.app.get(AuditService);
    const suffix = uniqueSuffix();
    const today = new Date();
    t.clock.set(new Date(today.getTime() - 400 * 86_400_000));
    await audit.record({ actor: null, clientAddress: null }, { action: `TEST.OLD_${suffix}` });
    t.clock.set(new Date(today.getTime() - 150 * 86_400_000));
    await audit.record({ actor: null, clientAddress: null }, { action: `TEST.KEPT_${suffix}` });
    t.clock.set(today);
    expect(await audit.purge()).toBeGreaterThanOrEqual(1);
    const left = await t.dataSource.query<{ action: string }[]>(
      `SELECT action FROM audit_entry WHERE action LIKE $1`,
      [`TEST.%_${suffix}`],
    );
    expect(left).toEqual([{ action: `TEST.KEPT_${suffix}` }]);
  });
});
