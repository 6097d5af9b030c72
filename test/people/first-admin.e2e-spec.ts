import { loadConfig, AppConfig } from '@jixiao/config';
import { buildDataSourceOptions } from '@jixiao/database';
import { UserService } from '@jixiao/people';
import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AppModule } from '../../apps/api/src/app.module';

/**
 * `create-admin` on an empty system: the check for an existing admin and the insert share one
 * transaction under a lock, so two runs at once (two replicas starting the demo, an operator and a
 * script) make exactly one administrator. The suites' database always has admins, so this one gets a
 * database of its own on the same server, dropped at the end.
 */
describe('the first administrator', () => {
  const base = new URL(process.env.DATABASE_URL!);
  const name = `${decodeURIComponent(base.pathname.slice(1))}_first_admin`;
  const url = new URL(base.toString());
  url.pathname = `/${name}`;
  let app: INestApplication;

  async function onServer(sql: string): Promise<void> {
    const server = new URL(base.toString());
    server.pathname = '/postgres';
    const client = new Client({ connectionString: server.toString() });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  }

  beforeAll(async () => {
    await onServer(`DROP DATABASE IF EXISTS "${name}"`);
    await onServer(`CREATE DATABASE "${name}"`);
    const migrator = new DataSource(buildDataSourceOptions(url.toString(), []));
    await migrator.initialize();
    await migrator.runMigrations({ transaction: 'each' });
    await migrator.destroy();
    const config = loadConfig({ ...process.env, DATABASE_URL: url.toString() });
    const moduleRef = await Test.createTestingModule({ imports: [AppModule] })
      .overrideProvider(AppConfig)
      .useValue(config)
      .compile();
    app = moduleRef.createNestApplication({ logger: false });
    await app.init();
  });
  afterAll(async () => {
    await app?.close();
    await onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });

  it('three runs at once: one admin is created, the others are refused with USER.ADMIN_EXISTS', async () => {
    const users = app.get(UserService);
    const outcomes = await Promise.allSettled(
      ['root-a', 'root-b', 'root-c'].map((username) => users.createFirstAdmin(username)),
    );
    const created = outcomes.filter((o) => o.status === 'fulfilled');
    const refused = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(created).toHaveLength(1);
    expect(refused.map((o) => o.reason.code)).toEqual(['USER.ADMIN_EXISTS', 'USER.ADMIN_EXISTS']);
    const admins = await app.get(DataSource).query(`SELECT username FROM user_account WHERE role = 'admin'`);
    expect(admins).toHaveLength(1);
  });
});
