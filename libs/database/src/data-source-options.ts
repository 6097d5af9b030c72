import { AppConfig } from '@jixiao/config';
import { DataSourceOptions, EntityManager, MixedList, EntitySchema } from 'typeorm';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/** Limits every pooled session gets from PostgreSQL itself (milliseconds, 0 = none). */
export interface SessionTimeouts {
  statementTimeoutMs: number;
  idleInTransactionTimeoutMs: number;
}

export function sessionTimeouts(config: AppConfig): SessionTimeouts {
  return {
    statementTimeoutMs: config.DATABASE_STATEMENT_TIMEOUT_MS,
    idleInTransactionTimeoutMs: config.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS,
  };
}

/**
 * The one definition of how Jixiao talks to PostgreSQL: used by the API, the worker, the CLI and tests.
 * Entities are passed in by the composition root (libs/platform), so this library knows no feature.
 * The apps pass the session timeouts from AppConfig; tools that build a data source of their own
 * (migrations in the test setup, benches) may leave them out.
 */
export function buildDataSourceOptions(
  url: string,
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>,
  overrides: Partial<DataSourceOptions> = {},
  timeouts?: SessionTimeouts,
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations: MIGRATIONS,
    namingStrategy: new SnakeNamingStrategy(),
    // The schema moves only through migrations.
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL ≥ 13: no extension to install.
    uuidExtension: 'pgcrypto',
    migrationsTransactionMode: 'each',
    extra: {
      max: 20,
      // Sent as start-up parameters of every connection (pg's client options), so they hold from its first statement.
      ...(timeouts && {
        statement_timeout: timeouts.statementTimeoutMs,
        idle_in_transaction_session_timeout: timeouts.idleInTransactionTimeoutMs,
      }),
    },
    ...overrides,
  } as DataSourceOptions;
}

/**
 * Raises the statement timeout for the rest of the manager's transaction only (SET LOCAL): a bulk write
 * (an import of a province's tables, a year's rescore) may take longer than an ordinary request's statement.
 */
export async function allowLongStatements(manager: EntityManager, timeoutMs: number): Promise<void> {
  await manager.query("SELECT set_config('statement_timeout', $1, true)", [`${timeoutMs}ms`]);
}
