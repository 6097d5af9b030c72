import request from 'supertest';
import { TestApp, uniqueSuffix } from '../../support/test-app';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export type Headers = Record<string, string>;

export const seed = (name: string): Buffer =>
  readFileSync(resolve(process.cwd(), 'test/fixtures/seeds', name));

/** A fresh department (random code) to import into: suites never share or truncate data. */
export async function createDepartment(
  t: TestApp,
  admin: Headers,
  label: string,
): Promise<{ id: string; code: string; name: string }> {
  const suffix = uniqueSuffix();
  const response = await request(t.http)
    .post('/api/departments')
    .set(admin)
    .send({ code: `h6-${suffix}`, name: `${label}-${suffix}` })
    .expect(201);
  return response.body;
}

/** POST /api/imports (multipart) — the preview. */
export function upload(
  t: TestApp,
  headers: Headers,
  filename: string,
  bytes: Buffer,
  fields: Record<string, string> = {},
) {
  let req = request(t.http).post('/api/imports').set(headers);
  for (const [name, value] of Object.entries(fields)) req = req.field(name, value);
  return req.attach('file', bytes, filename);
}

/** Preview then commit; returns the commit's body. */
export async function importInto(
  t: TestApp,
  headers: Headers,
  departmentId: string,
  filename: string,
  bytes: Buffer,
) {
  const preview = await upload(t, headers, filename, bytes, { departmentId }).expect(201);
  const commit = await request(t.http)
    .post(`/api/imports/${preview.body.id}/commit`)
    .set(headers)
    .expect(200);
  return { preview: preview.body, commit: commit.body };
}

/** Rows a department holds in every target table: to prove a refused import wrote nothing. */
export async function countRows(t: TestApp, departmentId: string): Promise<Record<string, number>> {
  const [row] = await t.dataSource.query(
    `SELECT (SELECT count(*)::int FROM project WHERE department_id = $1) AS projects,
            (SELECT count(*)::int FROM indicator i JOIN project p ON p.id = i.project_id WHERE p.department_id = $1) AS indicators,
            (SELECT count(*)::int FROM budget_unit WHERE department_id = $1) AS units,
            (SELECT count(*)::int FROM department_target WHERE department_id = $1) AS "departmentTargets"`,
    [departmentId],
  );
  return row;
}
