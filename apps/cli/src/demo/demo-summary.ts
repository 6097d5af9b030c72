import { DemoAccount } from './demo-accounts';
import { DemoActivity } from './demo-activity';
import { ImportedEvaluations, ImportedTargets } from './demo-documents';

export interface DemoSummary {
  database: string;
  migrations: number;
  targets: ImportedTargets[];
  evaluations: ImportedEvaluations;
  activity: DemoActivity;
  accounts: DemoAccount[];
  /** Where the logs went; null: the screen (LOG_FILE set empty is refused, so only a file or stdout). */
  logFile: string | null;
  /** e.g. http://localhost:3000 */
  baseUrl: string;
  reminders: string;
  /** What happened to the web app's build: built now (and why), or current. */
  webBuild: string;
  seconds: string;
}

/** What the demo prints once it serves: where, who can log in with which password, and what is in it. */
export function formatDemoSummary(summary: DemoSummary): string {
  const { baseUrl, activity } = summary;
  const example = summary.accounts.find((a) => a.password !== null) ?? summary.accounts[0];
  const unchanged = summary.accounts.some((a) => a.password === null);
  return [
    `Jixiao demo ready in ${summary.seconds} s — ${baseUrl}`,
    '',
    'accounts (a one-time password must be changed at the first login):',
    ...summary.accounts.map(
      (a) =>
        `  ${a.username.padEnd(18)}${a.role.padEnd(11)}` +
        `${(a.password === null ? 'exists, password unchanged' : `first-login password: ${a.password}`).padEnd(40)}` +
        `scope: ${a.scope}`,
    ),
    ...(unchanged ? ['  new one-time passwords: npm run demo -- --reset-passwords'] : []),
    '',
    `web app:   ${baseUrl}/   (log in with an account above; ${summary.webBuild})`,
    `API:       ${baseUrl}/api   (POST /api/auth/login {"username":"${example.username}","password":"…"}, then Bearer <accessToken>)`,
    `docs:      ${baseUrl}/docs`,
    `data:      ${summary.targets.map((t) => `${t.department} ${t.year} (${t.projects} projects, ${changes(t)})`).join('; ')}`,
    `           ${evaluations(summary.evaluations)}`,
    `activity:  evaluations ${states(activity.evaluations)}; monitoring reports ${states(activity.reports)};`,
    `           ${activity.records} execution records of ${activity.recordedProjects} projects, ${activity.openFlags} open flags;`,
    `           reminder calendar: ${activity.calendar.join(', ')}`,
    `database:  ${summary.database} (${summary.migrations} migrations)`,
    `reminders: ${summary.reminders}`,
    `logs:      ${summary.logFile ?? 'this terminal'}`,
    '',
    'Ctrl-C stops the demo.',
  ].join('\n');
}

function changes(t: ImportedTargets): string {
  if (t.unchanged) return 'already imported, unchanged';
  const { created, updated, unchanged } = t.changes;
  return [
    created && `${created} created`,
    updated && `${updated} updated`,
    unchanged && `${unchanged} unchanged`,
  ]
    .filter(Boolean)
    .join(', ');
}

function evaluations(e: ImportedEvaluations): string {
  return (
    `${e.department} ${e.year}: ${e.evaluations} historical evaluations (${e.scored} scored, ` +
    `${e.differences} printed scores differ from Jixiao's)`
  );
}

/** `1 draft, 1 submitted, 1 returned, 1 approved` */
function states(counts: Record<string, number>): string {
  return Object.entries(counts)
    .map(([state, n]) => `${n} ${state}`)
    .join(', ');
}
