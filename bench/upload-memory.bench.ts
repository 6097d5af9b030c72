/**
 * upload-memory: what hostile uploads cost the real API (issue 10, item 4). The API runs in a child
 * process (`node -r @swc-node/register apps/api/src/main.ts`); a 1 GiB zip bomb named .xlsx (about
 * 1 MB), a workbook of 1,000,000 rows (about 13 MB) and a 35 MB template CSV go to /api/imports and
 * /api/execution/records/import, the bomb also to /api/evaluations/imports. Measured: each answer, and
 * the API's resident set (VmRSS, and its peak VmHWM from /proc, reset before each upload) against the
 * resident set just before each upload, and over the whole run against the baseline read after a warm-up
 * of small files of each kind. Target: each upload's peak growth < 150 MB.
 */
import { randomBytes } from 'node:crypto';
import { AuthService, SYSTEM_AUDIT, UserService } from '@jixiao/people';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../apps/api/src/app.module';
import { startApiProcess } from '../test/support/api-process';
import { sendHostileUploads } from '../test/support/hostile-upload-run';
import { findRedis, round, withBenchDatabase, withEnv } from './support';

const PASSWORD = `Bench-${randomBytes(6).toString('hex')}-9`;

export async function run(): Promise<Record<string, unknown>> {
  const redis = await findRedis();
  try {
    return await withBenchDatabase('uploads', async ({ url, where }) => {
      const env = { DATABASE_URL: url, REDIS_URL: redis.url, MIGRATIONS_RUN: 'false', LOG_LEVEL: 'silent' };
      await withEnv(env, createAdmin);
      const api = await startApiProcess({ ...env, LOGIN_RATE_STORE: 'memory' });
      try {
        const login = await fetch(`${api.baseUrl}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username: 'bench-uploads', password: PASSWORD }),
        });
        if (login.status !== 200) throw new Error(`login: HTTP ${login.status} ${await login.text()}`);
        const { accessToken } = (await login.json()) as { accessToken: string };
        const measured = await sendHostileUploads(api, accessToken);
        return {
          database: where,
          baselineRssMiB: measured.baselineMiB,
          maxRequestGrowthMiB: measured.maxRequestGrowthMiB,
          requestGrowthToBaseline: round(measured.maxRequestGrowthMiB / measured.baselineMiB, 2),
          peakGrowthOverRunMiB: measured.peakGrowthMiB,
          afterGrowthMiB: measured.afterGrowthMiB,
          target: 'each upload refused with 400/413, its peak < 150 MB above the resident set just before it',
          met:
            measured.maxRequestGrowthMiB < 150 &&
            measured.answers.every((a) => a.status === 400 || a.status === 413),
          answers: measured.answers.map((a) => ({
            route: a.route,
            file: a.file,
            bytes: a.bytes,
            status: a.status,
            code: a.code,
            beforeMiB: a.beforeMiB,
            peakGrowthMiB: a.peakGrowthMiB,
          })),
        };
      } finally {
        await api.stop();
      }
    });
  } finally {
    await redis.stop();
  }
}

/** An administrator with a known password, first-login change done, through the app's own services. */
async function createAdmin(): Promise<void> {
  const app = await NestFactory.createApplicationContext(AppModule, { logger: false });
  try {
    const { user, temporaryPassword } = await app
      .get(UserService)
      .create(SYSTEM_AUDIT, { username: 'bench-uploads', role: 'admin' });
    await app.get(AuthService).changePassword(user, null, temporaryPassword, PASSWORD, SYSTEM_AUDIT);
  } finally {
    await app.close();
  }
}
