import type { EntityManager } from 'typeorm';

/** A column written by bulkUpdate: its name and the PostgreSQL type of the array parameter. */
export interface BulkColumn {
  name: string;
  type: 'text' | 'numeric' | 'jsonb' | 'boolean' | 'int' | 'uuid';
}

/** Rows per statement: keeps each bind array well under the protocol's limits. */
const CHUNK = 50_000;

/**
 * `UPDATE table SET c = u.c, … FROM unnest($1::uuid[], $2::…[], …) AS u(id, …) WHERE table.id = u.id`:
 * one statement per 50,000 rows, whatever the number of rows. `rows` are `[id, ...values]` in column order;
 * decimals as strings, jsonb as JSON text.
 */
export async function bulkUpdate(
  manager: EntityManager,
  table: string,
  columns: readonly BulkColumn[],
  rows: readonly (readonly unknown[])[],
): Promise<void> {
  const names = ['id', ...columns.map((c) => c.name)];
  const types = ['uuid', ...columns.map((c) => c.type)];
  const unnest = types.map((type, i) => `$${i + 1}::${type}[]`).join(', ');
  const set = columns.map((c) => `${c.name} = u.${c.name}`).join(', ');
  const sql = `UPDATE ${table} SET ${set} FROM unnest(${unnest}) AS u(${names.join(', ')}) WHERE ${table}.id = u.id`;
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const parameters = names.map((_name, i) => chunk.map((row) => row[i]));
    await manager.query(sql, parameters);
  }
}
