// Data source for the TypeORM CLI (migration:generate, migration:revert). Needs DATABASE_URL.
import { loadConfig } from '@jixiao/config';
import { buildDataSourceOptions } from '@jixiao/database';
import { DataSource } from 'typeorm';
import { ENTITIES } from './schema';

const config = loadConfig();
if (!config.DATABASE_URL) {
  throw new Error('the TypeORM CLI needs DATABASE_URL, e.g. postgres://postgres@127.0.0.1:5432/jixiao_dev');
}

export default new DataSource(buildDataSourceOptions(config.DATABASE_URL, ENTITIES));
