import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { OpenAPIObject } from '@nestjs/swagger';
import { AppModule } from '../app.module';
import { buildApiDocument, loadApiMetadata } from './api-document';

/** Where the web app imports the contract from (committed; `npm run api:types` rewrites it). */
export const API_CONTRACT_DIR = join(__dirname, '../../../web/src/api');

/**
 * The API's OpenAPI document as /docs serves it. Preview mode builds the module graph without instantiating
 * providers, so this needs no database, Redis or configuration.
 */
export async function generateApiDocument(): Promise<OpenAPIObject> {
  await loadApiMetadata();
  const app = await NestFactory.create(AppModule, { preview: true, logger: false });
  app.setGlobalPrefix('api');
  const document = buildApiDocument(app);
  await app.close();
  return document;
}

/** apps/web/src/api/openapi.json */
export const documentJson = (document: OpenAPIObject) => JSON.stringify(document, null, 2) + '\n';
