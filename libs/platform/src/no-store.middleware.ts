import type { NextFunction, Request, Response } from 'express';

/**
 * `Cache-Control: no-store` on every answer under /api — tokens, personal data, exports and downloads
 * included — so that no browser, proxy or shared cache keeps a copy (等保: no personal data left behind on a
 * shared machine). Set before the handler runs, so an error answer carries it too; a handler may still set
 * its own stricter header. The API documentation (/docs, outside /api) stays cacheable.
 */
export function noStore(request: Request, response: Response, next: NextFunction): void {
  if (request.originalUrl.startsWith('/api/')) {
    response.setHeader('Cache-Control', 'no-store');
    response.setHeader('Pragma', 'no-cache');
  }
  next();
}
