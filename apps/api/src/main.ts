import 'reflect-metadata';
import { AppConfig } from '@jixiao/config';
import { createApiApp } from './create-api-app';

async function bootstrap(): Promise<void> {
  const app = await createApiApp();
  await app.listen(app.get(AppConfig).PORT);
}

void bootstrap();
