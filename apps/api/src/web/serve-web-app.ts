import { INestApplication } from '@nestjs/common';
import express, { NextFunction, Request, Response } from 'express';
import { join, resolve } from 'node:path';

/** Paths the web app never answers: the API (its own 404s stay JSON) and the OpenAPI docs. */
const NOT_THE_APP = /^\/(api|docs)(\/|-json|-yaml|$)/;

/**
 * The web app (apps/web) served by the API from the same origin: the files of its production build
 * in `webDir`, and index.html for any other GET that asks for a page, so the app's own routes
 * (/tasks, /evaluations/…) survive a reload. Registered before Nest's routes, hence the explicit
 * exclusion of /api and /docs. The build holds index.html and content-hashed assets/ only: assets
 * are cached for a year; index.html is revalidated on every load (a new build shows at once).
 * Without a build (a test that never made one) page requests answer 404.
 */
export function serveWebApp(app: INestApplication, webDir: string): void {
  const root = resolve(webDir);
  const index = join(root, 'index.html');
  app.use(express.static(root, { index: false, maxAge: '1y', immutable: true }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (
      (req.method !== 'GET' && req.method !== 'HEAD') ||
      NOT_THE_APP.test(req.path) ||
      !req.accepts('html')
    ) {
      next();
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index, (error) => {
      if (error && !res.headersSent) next();
    });
  });
}
