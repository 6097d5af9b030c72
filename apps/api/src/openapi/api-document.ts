import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

/**
 * The one OpenAPI document: served at /docs and written by `npm run api:types` for the web app's typed
 * client, so both are built by this function and cannot drift apart.
 */
export function buildApiDocument(app: INestApplication): OpenAPIObject {
  return SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Jixiao 绩效 API')
      .setDescription('预算绩效目标、绩效自评与绩效运行监控 (budget performance targets, self-evaluation, execution monitoring)')
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
  );
}
