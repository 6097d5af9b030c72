import { AppConfig, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('applies defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(config.MIGRATIONS_RUN).toBe(true);
  });

  it('keeps every setting it declares: one without a validator would be stripped, defaults and all', () => {
    const config = loadConfig({ REMINDER_FLAGS_REFRESH_CRON: '0 1 * * *' });
    expect(Object.keys(config).sort()).toEqual(Object.keys(new AppConfig()).sort());
    expect(config.REMINDER_FLAGS_REFRESH_CRON).toBe('0 1 * * *');
  });

  it('converts numbers and booleans from strings', () => {
    const config = loadConfig({ PORT: '8080', MIGRATIONS_RUN: 'false', DATABASE_URL: 'postgres://x@h/db' });
    expect(config.PORT).toBe(8080);
    expect(config.MIGRATIONS_RUN).toBe(false);
    expect(config.DATABASE_URL).toBe('postgres://x@h/db');
  });

  it('names every bad variable', () => {
    expect(() => loadConfig({ PORT: 'abc', LOG_LEVEL: 'loud' })).toThrow(/PORT="abc"[\s\S]*LOG_LEVEL="loud"|LOG_LEVEL="loud"[\s\S]*PORT="abc"/);
  });

  it('reads auth settings and refuses a production boot without JWT_SECRET', () => {
    const config = loadConfig({ LOCKOUT_THRESHOLD: '3', JWT_SECRET: 'x'.repeat(32) });
    expect(config.LOCKOUT_THRESHOLD).toBe(3);
    expect(config.JWT_SECRET).toBe('x'.repeat(32));
    expect(config.AUDIT_RETENTION_DAYS).toBe(183);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET: required in production/);
    expect(() => loadConfig({ AUDIT_RETENTION_DAYS: '30' })).toThrow(/AUDIT_RETENTION_DAYS="30"/);
    expect(() => loadConfig({ JWT_SECRET: 'short' })).toThrow(/JWT_SECRET="short"/);
  });
});
