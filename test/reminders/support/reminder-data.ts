import { DataSource } from 'typeorm';
import { uniqueSuffix } from '../../support/test-app';

export interface DepartmentFixture {
  departmentId: string;
  /** unit id → its project ids */
  units: { id: string; name: string; projectIds: string[] }[];
}

/** A fresh department with units, each with `projectsPerUnit` projects of `year`. */
export async function createDepartment(
  ds: DataSource,
  year: number,
  unitCount: number,
  projectsPerUnit = 1,
): Promise<DepartmentFixture> {
  const suffix = uniqueSuffix();
  const [{ id: departmentId }] = await ds.query(
    `INSERT INTO department (code, name, natural_key) VALUES ($1, $2, $3) RETURNING id`,
    [suffix.slice(0, 8), `提醒测试部门 ${suffix}`, `reminders-${suffix}`],
  );
  const units: DepartmentFixture['units'] = [];
  const unitRows: { id: string; name: string }[] = await ds.query(
    `INSERT INTO budget_unit (department_id, name, natural_key)
     SELECT $1, '测试单位' || n, 'unit-' || n FROM generate_series(1, $2) n RETURNING id, name`,
    [departmentId, unitCount],
  );
  const projects: { id: string; unit_id: string }[] = await ds.query(
    `INSERT INTO project (department_id, unit_id, fiscal_year, name, natural_key, version)
     SELECT $1, u.id, $2, u.name || '项目' || n, u.id || '-' || n, 1
       FROM unnest($3::uuid[]) u(id) CROSS JOIN generate_series(1, $4) n
     RETURNING id, unit_id`,
    [departmentId, year, unitRows.map((u) => u.id), projectsPerUnit],
  );
  for (const unit of unitRows) {
    units.push({ ...unit, projectIds: projects.filter((p) => p.unit_id === unit.id).map((p) => p.id) });
  }
  return { departmentId, units };
}

/**
 * Accounts without the login ceremony (for fan-out sizes where argon2 per user would dominate):
 * `count` users of `role`, each in the given scope.
 */
export async function insertUsers(
  ds: DataSource,
  role: 'manager' | 'evaluator',
  scopes: { departmentIds?: string[]; unitIds?: string[] }[],
): Promise<string[]> {
  const suffix = uniqueSuffix();
  const rows: { id: string }[] = await ds.query(
    `INSERT INTO user_account (username, role, department_ids, unit_ids, password_hash, must_change_password, password_changed_at, version)
     SELECT $1 || '-' || s.n, $2, s.departments, s.units, 'not-a-hash', false, now(), 1
       FROM jsonb_to_recordset($3::jsonb) AS s(n int, departments uuid[], units uuid[])
     ORDER BY s.n
     RETURNING id`,
    [
      `${role}-${suffix}`,
      role,
      JSON.stringify(
        scopes.map((s, n) => ({ n, departments: s.departmentIds ?? [], units: s.unitIds ?? [] })),
      ),
    ],
  );
  return rows.map((r) => r.id);
}

/** In-app deliveries by recipient and kind, for assertions. */
export async function inAppDeliveries(
  ds: DataSource,
  recipients: string[],
): Promise<{ recipient_id: string; kind: string; item: string; period: string; title: string }[]> {
  return ds.query(
    `SELECT recipient_id, kind, item, period, message->>'title' AS title FROM reminder_delivery
      WHERE channel = 'in-app' AND recipient_id = ANY($1::uuid[]) ORDER BY recipient_id, kind, period`,
    [recipients],
  );
}
