import { DataSource } from 'typeorm';
import { CliCommand, EXIT_OK } from '../cli-command';
import { withCliContext } from '../cli-context';

/** `migrate`: applies pending migrations (the container entrypoint runs this before the server starts). */
export const migrateCommand: CliCommand = {
  name: 'migrate',
  usage: 'migrate                               apply pending database migrations',
  valueOptions: [],
  flags: [],
  async run(_args, output) {
    const applied = await withCliContext(async (context) => {
      const dataSource = context.get(DataSource);
      return dataSource.runMigrations({ transaction: 'each' });
    });
    output.out(applied.length ? `applied: ${applied.map((m) => m.name).join(', ')}` : 'database schema is up to date');
    return EXIT_OK;
  },
};
