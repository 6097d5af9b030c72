import { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { configureApp } from './configure-app';

/**
 * The API as main.ts serves it: created (providers built, database connected) and configured, not yet
 * initialised nor listening. `root` lets the demo add modules around AppModule.
 */
export async function createApiApp(root: Type | DynamicModule = AppModule): Promise<INestApplication> {
  return configureApp(await NestFactory.create(root, { bufferLogs: true }));
}
