import { AppConfig } from '@jixiao/config';
import { createValidationPipe, DomainErrorFilter, jsonBodyParser, noStore, TextBoundaryPipe, ValueBoundsPipe } from '@jixiao/platform';
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
  app.use(noStore);
  // Before Nest's own JSON parser (which then stands aside): size and nesting limits on the raw body.
  app.use(jsonBodyParser(config.JSON_BODY_MAX_BYTES));
  const origins = config.CORS_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean);
  if (origins.length > 0) app.enableCors({ origin: origins, credentials: true });
  // The text boundary runs first (no NUL, lone surrogate or invisible character in a name reaches validation),
  // the value bounds last (numbers and nulls as the handler will see them).
  app.useGlobalPipes(new TextBoundaryPipe(), createValidationPipe(), new ValueBoundsPipe());
  app.useGlobalFilters(new DomainErrorFilter());
  app.enableShutdownHooks();
  // Built on the first request to /docs, by when the plugin metadata (a few module loads) is attached.
  void loadApiMetadata();
  SwaggerModule.setup('docs', app, () => buildApiDocument(app));
  serveWebApp(app, config.WEB_DIR);
  return app;
}
