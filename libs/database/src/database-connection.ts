import { AppConfig } from '@jixiao/config';
import { startEmbeddedPostgres } from './embedded-postgres';

export interface DatabaseConnection {
  url: string;
  embedded: boolean;
  close(): Promise<void>;
}

/**
 * DATABASE_URL when set; otherwise a real PostgreSQL embedded in the process (data under
 * EMBEDDED_PG_DIR), so the quick start needs no database installed.
 */
export async function openDatabaseConnection(
  config: AppConfig,
  log: (line: string) => void = () => undefined,
): Promise<DatabaseConnection> {
  if (config.DATABASE_URL) return { url: config.DATABASE_URL, embedded: false, close: async () => undefined };
  const handle = await startEmbeddedPostgres({
    dataDir: config.EMBEDDED_PG_DIR,
    port: config.EMBEDDED_PG_PORT,
    database: 'jixiao',
    log,
  });
  return { url: handle.url, embedded: true, close: () => handle.stop() };
}
