import type { Response } from 'superagent';

/**
 * Superagent parser that keeps a download (xlsx, csv) as the bytes sent: `.buffer(true).parse(binaryBody)`.
 * Without it, supertest decodes unknown content types as text and an xlsx arrives corrupted.
 */
export function binaryBody(res: Response, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}
