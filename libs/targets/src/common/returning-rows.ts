/** TypeORM's postgres `query()` answers UPDATE/DELETE … RETURNING with `[rows, count]`, INSERT/SELECT with rows. */
export function returningRows<T>(result: unknown): T[] {
  const rows = result as unknown[];
  return (rows.length === 2 && Array.isArray(rows[0]) && typeof rows[1] === 'number' ? rows[0] : rows) as T[];
}
