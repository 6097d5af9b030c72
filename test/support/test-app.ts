import { AppModule } from '../../apps/api/src/app.module';
import { configureApp } from '../../apps/api/src/configure-app';
import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';

export interface TestApp {
  app: INestApplication;
  /** The HTTP server for supertest: `request(t.http).get('/api/…')`. */
  http: Parameters<typeof import('supertest')>[0];
  dataSource: DataSource;
  close(): Promise<void>;
}

/** Boots the real API (every module, real PostgreSQL from the global setup) without listening on a port. */
export async function createTestApp(): Promise<TestApp> {
  const app = configureApp(await NestFactory.create(AppModule, { logger: false, bufferLogs: true }));
  await app.init();
  return {
    app,
    http: app.getHttpServer(),
    dataSource: app.get(DataSource),
    close: () => app.close(),
  };
}

/** A short random suffix so each suite's data never collides with another's. */
export function uniqueSuffix(): string {
  return Math.random().toString(36).slice(2, 10);
}
