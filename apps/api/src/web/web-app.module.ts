import { AppConfig } from '@jixiao/config';
import { Module } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import { resolve } from 'node:path';

/**
 * The web app (apps/web) served by the API from the same origin: its files from WEB_DIR, and
 * index.html for every other GET outside /api and /docs, so the app's own routes survive a reload.
 * Without a build (tests that never built it) only the fallback answers, with a 404.
 */
@Module({
  imports: [
    ServeStaticModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => [
        {
          rootPath: resolve(config.WEB_DIR),
          exclude: ['/api', '/api/{*path}', '/docs', '/docs/{*path}', '/docs-json', '/docs-yaml'],
          // The build holds index.html and content-hashed assets/ only: the assets are cached for a
          // year; index.html, always sent by the fallback (max-age=0), is revalidated on every load.
          serveStaticOptions: { index: false, maxAge: '1y', immutable: true },
        },
      ],
    }),
  ],
})
export class WebAppModule {}
