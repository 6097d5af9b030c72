import { DataSourceOptions, MixedList, EntitySchema } from 'typeorm';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/**
 * The one definition of how Jixiao talks to PostgreSQL: used by the API, the worker, the CLI and tests.
 * Entities are passed in by the composition root (libs/platform), so this library knows no feature.
 */
export function buildDataSourceOptions(
  url: string,
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>,
  overrides: Partial<DataSourceOptions> = {},
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
    extra: { max: 20 },
    ...overrides,
  } as DataSourceOptions;
}
