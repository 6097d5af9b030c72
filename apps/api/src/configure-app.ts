import { AppConfig } from '@jixiao/config';
import { createValidationPipe, DomainErrorFilter } from '@jixiao/platform';
import { INestApplication } from '@nestjs/common';
import { SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { buildApiDocument, loadApiMetadata } from './openapi/api-document';
import { serveWebApp } from './web/serve-web-app';

/** Everything main.ts does to the app before listening, shared with the e2e tests so they test the real thing. */
export function configureApp(app: INestApplication): INestApplication {
  const config = app.get(AppConfig);
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix('api');
  app.use(helmet());
  const origins = config.CORS_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean);
  if (origins.length > 0) app.enableCors({ origin: origins, credentials: true });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new DomainErrorFilter());
  app.enableShutdownHooks();
  // Built on the first request to /docs, by when the plugin metadata (a few module loads) is attached.
  void loadApiMetadata();
  SwaggerModule.setup('docs', app, () => buildApiDocument(app));
  serveWebApp(app, config.WEB_DIR);
  return app;
}
