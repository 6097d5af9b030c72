import request from 'supertest';
import { authHeader } from '../support/auth';
import { createTestApp, TestApp } from '../support/test-app';

/** IMPORT_MAX_BYTES for this app only (read once at boot): 64 KiB, so the uploads stay small. */
const LIMIT = 64 * 1024;

/** Issue 10, item 4: every upload route honours IMPORT_MAX_BYTES with 413 REQUEST.TOO_LARGE stating it. */
describe('upload size limit on every upload route (e2e)', () => {
  let t: TestApp;
  let admin: Record<string, string>;

  beforeAll(async () => {
    const before = process.env.IMPORT_MAX_BYTES;
    process.env.IMPORT_MAX_BYTES = String(LIMIT);
    try {
      t = await createTestApp();
    } finally {
      if (before === undefined) delete process.env.IMPORT_MAX_BYTES;
      else process.env.IMPORT_MAX_BYTES = before;
    }
    admin = await authHeader(t, { role: 'admin' });
  });
  afterAll(() => t.close());

  it.each(['/api/imports', '/api/execution/records/import', '/api/evaluations/imports'])(
    '%s refuses one byte over the limit with 413 stating it',
    async (route) => {
      const response = await request(t.http)
        .post(route)
        .set(admin)
        .attach('file', Buffer.alloc(LIMIT + 1, 0x41), 'big.csv')
        .expect(413);
      expect(response.body).toEqual({
        code: 'REQUEST.TOO_LARGE',
        message: '上传文件过大：不得超过 0.1 MB（65536 字节）',
        details: { field: 'file', limit: LIMIT },
      });
    },
  );
});
