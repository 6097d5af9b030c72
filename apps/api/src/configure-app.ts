import { AppConfig } from '@jixiao/config';
import { createValidationPipe, DomainErrorFilter } from '@jixiao/platform';
import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
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
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Jixiao 绩效 API')
      .setDescription('Budget performance targets (预算绩效目标), self-evaluation (绩效自评) and execution monitoring (绩效运行监控)')
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('docs', app, document);
  serveWebApp(app, config.WEB_DIR);
  return app;
}
