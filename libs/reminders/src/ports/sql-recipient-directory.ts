import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Recipient, RecipientDirectory, UnitRecipient } from './recipient-directory';

/** RecipientDirectory over the people module's `user_account` table. */
@Injectable()
export class SqlRecipientDirectory implements RecipientDirectory {
  constructor(private readonly dataSource: DataSource) {}

  async evaluatorsOfUnits(unitIds: string[]): Promise<UnitRecipient[]> {
    if (unitIds.length === 0) return [];
    // A hash join against the asked units: a fan-out asks for thousands, which `&&`/`ANY` per row would make quadratic.
    const rows: { user_id: string; name: string; unit_ids: string[] }[] = await this.dataSource.query(
      `WITH wanted AS (SELECT DISTINCT unnest($1::uuid[]) AS unit_id)
       SELECT a.id AS user_id, COALESCE(NULLIF(a.display_name, ''), a.username) AS name, array_agg(w.unit_id ORDER BY w.unit_id) AS unit_ids
         FROM user_account a
         CROSS JOIN LATERAL unnest(a.unit_ids) AS u(unit_id)
         JOIN wanted w ON w.unit_id = u.unit_id
        WHERE a.role = 'evaluator' AND NOT a.disabled
        GROUP BY a.id
        ORDER BY a.id`,
      [unitIds],
    );
    return rows.map((r) => ({ userId: r.user_id, name: r.name, unitIds: r.unit_ids }));
  }

  async managersOfDepartment(departmentId: string): Promise<Recipient[]> {
    const rows: { user_id: string; name: string }[] = await this.dataSource.query(
      `SELECT id AS user_id, COALESCE(NULLIF(display_name, ''), username) AS name
         FROM user_account
        WHERE role = 'manager' AND NOT disabled AND $1::uuid = ANY(department_ids)
        ORDER BY id`,
      [departmentId],
    );
    return rows.map((r) => ({ userId: r.user_id, name: r.name }));
  }

  async nameOf(userId: string): Promise<string | null> {
    const [row]: { name: string }[] = await this.dataSource.query(
      `SELECT COALESCE(NULLIF(display_name, ''), username) AS name FROM user_account WHERE id = $1`,
      [userId],
    );
    return row?.name ?? null;
  }
}
