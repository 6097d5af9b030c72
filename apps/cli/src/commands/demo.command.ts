import { AppConfig, setCommandDefaults } from '@jixiao/config';
import { DatabaseConnection } from '@jixiao/database';
import { Decimal } from '@jixiao/decimal';
import { DATABASE_CONNECTION } from '@jixiao/platform';
import { ReminderQueues } from '@jixiao/reminders';
import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createApiApp } from '../../../api/src/create-api-app';
import { CliCommand, EXIT_OK } from '../cli-command';
import { DEMO_EVALUATOR, DEMO_MANAGER, ensureDemoAccounts } from '../demo/demo-accounts';
import { ensureDemoActivity } from '../demo/demo-activity';
import {
  importSelfEvaluationDocument,
  importTargetDocument,
  ImportedTargets,
  TARGET_DOCUMENTS,
} from '../demo/demo-documents';
import { DemoModule } from '../demo/demo.module';
import { ensureWebBuild } from '../demo/web-build';
import { formatDemoSummary } from '../demo/demo-summary';

/** Where the demo's logs go unless LOG_FILE says otherwise: the screen keeps the summary. */
const DEMO_LOG_FILE = '.data/demo.log';

/** How long the demo waits for Redis to answer before saying reminders are inactive (its connect timeout). */
const REDIS_WAIT_MS = 2000;

/**
 * `demo`: the quick start. Migrates, imports the five published documents, creates one account per
 * role, puts in activity for every screen (demo-activity.ts), prints a short summary — logs go to
 * .data/demo.log — and serves the web app (built when stale) at / and the API (docs at /docs) with the
 * reminder worker until Ctrl-C, which
 * closes everything, the embedded PostgreSQL included (the shutdown hooks of configureApp). Re-running
 * it on the same data changes nothing: the imports match on natural keys, existing accounts are kept
 * (`--reset-passwords` gives them new one-time passwords) and existing activity is left alone.
 */
export const demoCommand: CliCommand = {
  name: 'demo',
  usage:
    'demo [--reset-passwords]              migrate, import the published documents, create accounts, serve',
  valueOptions: [],
  flags: ['reset-passwords'],
  async run(args, output) {
    const started = Date.now();
    setCommandDefaults({ LOG_FILE: DEMO_LOG_FILE });
    const app = await createApiApp(DemoModule);
    try {
      const config = app.get(AppConfig);
      // Whatever MIGRATIONS_RUN says, and before the app initialises: the worker reads its calendars then.
      const dataSource = app.get(DataSource);
      await dataSource.runMigrations({ transaction: 'each' });
      // The web app served at / is built first when missing or older than its sources (a few seconds).
      const web = ensureWebBuild(config.WEB_DIR);
      // Listening before the imports: a taken port fails at once, and pino (asynchronous) has written
      // the start-up logs by the time the summary is printed, so the summary ends the screen.
      await app.listen(config.PORT);
      const targets: ImportedTargets[] = [];
      for (const filename of TARGET_DOCUMENTS) targets.push(await importTargetDocument(app, filename));
      const departmentId = targets[0].departmentId;
      const { accounts, admin } = await ensureDemoAccounts(
        app,
        departmentId,
        args.flags.has('reset-passwords'),
      );
      const evaluations = await importSelfEvaluationDocument(app, admin);
      const activity = await ensureDemoActivity(app, departmentId, {
        manager: DEMO_MANAGER,
        evaluator: DEMO_EVALUATOR,
      });
      const reminders = await remindersStatus(app, config);
      output.out(
        formatDemoSummary({
          database: describeDatabase(app.get<DatabaseConnection>(DATABASE_CONNECTION), config),
          migrations: dataSource.migrations.length,
          targets,
          evaluations,
          activity,
          accounts,
          logFile: config.LOG_FILE ?? null,
          baseUrl: `http://localhost:${config.PORT}`,
          reminders,
          webBuild: web.built ? `built into ${config.WEB_DIR}: ${web.reason}` : `build in ${config.WEB_DIR} is current`,
          seconds: Decimal.fromInt(Date.now() - started)
            .div(Decimal.fromInt(1000), 1)
            .toFixed(1),
        }),
      );
      return EXIT_OK;
    } catch (error) {
      await app.close();
      throw error;
    }
  },
};

function describeDatabase(connection: DatabaseConnection, config: AppConfig): string {
  if (connection.embedded)
    return `embedded PostgreSQL on port ${config.EMBEDDED_PG_PORT}, data in ${config.EMBEDDED_PG_DIR}`;
  return `PostgreSQL at ${withoutCredentials(connection.url)}`;
}

async function remindersStatus(app: INestApplication, config: AppConfig): Promise<string> {
  const queues = app.get(ReminderQueues);
  const deadline = Date.now() + REDIS_WAIT_MS;
  while (!queues.ready && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  const redis = withoutCredentials(config.REDIS_URL);
  return (await queues.ping())
    ? `active: Redis answers at ${redis}; the reminder worker runs in this process`
    : `inactive: Redis does not answer at ${redis}; everything else works, and reminders start when it does`;
}

/** A URL fit to print: no user or password. */
function withoutCredentials(url: string): string {
  const parsed = new URL(url);
  parsed.username = '';
  parsed.password = '';
  return parsed.toString();
}
