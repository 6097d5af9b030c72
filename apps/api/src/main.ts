import 'reflect-metadata';
import { AppConfig } from '@jixiao/config';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { configureApp } from './configure-app';

async function bootstrap(): Promise<void> {
  const app = configureApp(await NestFactory.create(AppModule, { bufferLogs: true }));
  const config = app.get(AppConfig);
  await app.listen(config.PORT);
}

void bootstrap();
