import { DomainError } from '@jixiao/platform';
import { EntityManager, QueryFailedError } from 'typeorm';
import { BulkColumn, quote } from './bulk-sql';

/** The parts of pg's connection a COPY … FROM STDIN needs (what the pg-copy-streams package uses). */
interface CopyConnection {
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
  sendCopyFail(message: string): void;
}

interface PgClient {
  query(submittable: object): unknown;
}

/** Rows per CopyData message: bounds one buffer, not the statement (one COPY for every row). */
const ROWS_PER_CHUNK = 5_000;

/**
 * `COPY table (columns) FROM STDIN` on the connection of the manager's transaction: the fastest way
 * PostgreSQL loads rows (no per-row statement, no array parameters to serialise and unnest).
 * Returns false, having written nothing, when the manager is not in a transaction of a pg connection;
 * the caller then falls back to `bulkInsert`. A value PostgreSQL cannot store (SQLSTATE class 22, e.g. a
 * NUL character) is a 400 naming the row; any other failure is thrown as a QueryFailedError, like any query.
 */
export async function copyRows(
  manager: EntityManager,
  table: string,
  columns: BulkColumn[],
): Promise<boolean> {
  const client = await transactionClient(manager);
  if (client === null) return false;
  const rows = columns[0]?.values.length ?? 0;
  if (rows === 0) return true;
  const sql = `COPY ${quote(table)} (${columns.map((c) => quote(c.name)).join(', ')}) FROM STDIN`;
  await new Promise<void>((resolve, reject) => {
    client.query({
      submit(connection: { query(text: string): void }) {
        connection.query(sql);
      },
      handleCopyInResponse(connection: CopyConnection) {
        try {
          for (let start = 0; start < rows; start += ROWS_PER_CHUNK)
            connection.sendCopyFromChunk(
              Buffer.from(copyText(columns, start, Math.min(rows, start + ROWS_PER_CHUNK)), 'utf8'),
            );
          connection.endCopyFrom();
        } catch (error) {
          // The server then answers with an ErrorResponse, which settles the promise below.
          connection.sendCopyFail(error instanceof Error ? error.message : String(error));
        }
      },
      // pg forgets the active query when the server reports an error, so no ReadyForQuery reaches it:
      // settle here, or the caller waits forever with its transaction open (idle in transaction, aborted).
      handleError(error: unknown) {
        reject(copyFailure(sql, error, columns));
      },
      handleReadyForQuery() {
        resolve();
      },
      handleCommandComplete() {},
      handleRowDescription() {},
      handleDataRow() {},
      handleEmptyQuery() {},
      handlePortalSuspended() {},
      handleCopyData() {},
    });
  });
  return true;
}

/** PostgreSQL's data exceptions (class 22: bad encoding, NUL, out of range) are the caller's bad input. */
function copyFailure(sql: string, error: unknown, columns: BulkColumn[]): Error {
  const { code, message, where } = error as { code?: unknown; message?: unknown; where?: unknown };
  if (typeof code !== 'string' || !code.startsWith('22'))
    return new QueryFailedError(sql, [], error as Error);
  // `where` reads "COPY indicator, line 3, column level3: …": the row of this COPY (1-based) and the column.
  const [, table, line, column] =
    /^COPY (\S+), line (\d+)(?:, column (\w+))?/.exec(String(where ?? '')) ?? [];
  const row = line === undefined ? undefined : Number(line);
  // An encoding error names no column: the one holding a NUL in that row is the culprit.
  const field =
    column ??
    (row === undefined
      ? undefined
      : columns.find((c) => String(c.values[row - 1] ?? '').includes('\u0000'))?.name);
  return new DomainError(
    'invalid',
    'DATA.UNSTORABLE',
    `数据含有无法保存的内容${row === undefined ? '' : `（第 ${row} 条${field ? `，字段 ${field}` : ''}）`}：${String(message)}`,
    { table, row, field, reason: String(message), sqlState: code },
    { cause: error },
  );
}

/** The pg client of the manager's open transaction, or null. */
async function transactionClient(manager: EntityManager): Promise<PgClient | null> {
  const runner = manager.queryRunner;
  if (!runner || runner.isReleased || !runner.isTransactionActive) return null;
  if (manager.connection.options.type !== 'postgres') return null;
  const client = (await runner.connect()) as Partial<PgClient> | null;
  return client && typeof client.query === 'function' ? (client as PgClient) : null;
}

/** Rows [start, end) in COPY's text format: tab-separated, `\N` for null, backslash escapes. */
function copyText(columns: BulkColumn[], start: number, end: number): string {
  let text = '';
  for (let row = start; row < end; row++) {
    for (let c = 0; c < columns.length; c++) {
      if (c > 0) text += '\t';
      const value = columns[c].values[row];
      text += value === null || value === undefined ? '\\N' : escapeCopy(String(value));
    }
    text += '\n';
  }
  return text;
}

const NEEDS_ESCAPE = /[\\\t\n\r]/;

function escapeCopy(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}
