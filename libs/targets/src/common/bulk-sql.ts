import { EntityManager } from 'typeorm';

/** One column of a set-based statement: its SQL name, its array type (`uuid`, `text`, `numeric`…) and its values. */
export interface BulkColumn {
  name: string;
  type: string;
  values: unknown[];
}

/**
 * Rows per statement. Each column travels as one array parameter, so the parameter count stays
 * fixed; the chunk only bounds the size of one message to the server.
 */
const CHUNK_ROWS = 25_000;

/** A SQL identifier, quoted. */
export const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

function unnest(columns: BulkColumn[]): string {
  return `unnest(${columns.map((column, i) => `$${i + 1}::${column.type}[]`).join(', ')})`;
}

function* chunks(columns: BulkColumn[]): Generator<unknown[][]> {
  const rows = columns[0]?.values.length ?? 0;
  for (let start = 0; start < rows; start += CHUNK_ROWS) {
    yield columns.map((column) => column.values.slice(start, start + CHUNK_ROWS));
  }
}

/** `INSERT … SELECT * FROM unnest($1::uuid[], $2::text[], …)`: one statement per chunk, never one per row. */
export async function bulkInsert(
  manager: EntityManager,
  table: string,
  columns: BulkColumn[],
  onConflict = '',
): Promise<void> {
  const sql = `INSERT INTO ${quote(table)} (${columns.map((c) => quote(c.name)).join(', ')}) SELECT * FROM ${unnest(columns)} ${onConflict}`;
  for (const parameters of chunks(columns)) await manager.query(sql, parameters);
}

/**
 * `UPDATE t SET a = u.a … FROM unnest(…) AS u(id, a, …) WHERE t.id = u.id`; the first column is the key.
 * `extraSet` adds assignments computed in SQL (`version = version + 1`).
 */
export async function bulkUpdate(
  manager: EntityManager,
  table: string,
  columns: BulkColumn[],
  extraSet: string[] = [],
): Promise<void> {
  const [key, ...rest] = columns;
  const assignments = rest.map((c) => `${quote(c.name)} = u.${quote(c.name)}`).concat(extraSet);
  const sql = `UPDATE ${quote(table)} AS t SET ${assignments.join(', ')} FROM ${unnest(columns)} AS u(${columns
    .map((c) => quote(c.name))
    .join(', ')}) WHERE t.${quote(key.name)} = u.${quote(key.name)}`;
  for (const parameters of chunks(columns)) await manager.query(sql, parameters);
}
