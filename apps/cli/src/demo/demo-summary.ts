import { DemoAccount } from './demo-accounts';
import { ImportedEvaluations, ImportedTargets } from './demo-documents';

export interface DemoSummary {
  database: string;
  migrations: number;
  targets: ImportedTargets[];
  evaluations: ImportedEvaluations;
  accounts: DemoAccount[];
  /** e.g. http://localhost:3000 */
  baseUrl: string;
  reminders: string;
  /** What happened to the web app's build: built now (and why), or current. */
  webBuild: string;
  seconds: string;
}

/** What the demo prints once it serves: what is in the database, who can log in, and where. */
export function formatDemoSummary(summary: DemoSummary): string {
  const { baseUrl } = summary;
  const example = summary.accounts.find((a) => a.password !== null) ?? summary.accounts[0];
  return [
    `Jixiao demo ready in ${summary.seconds} s`,
    `database: ${summary.database}; schema migrated (${summary.migrations} migrations)`,
    '',
    'imported (test/fixtures/seeds/):',
    ...summary.targets.map(
      (t) =>
        `  ${t.filename.padEnd(34)}${t.projects} projects, ${t.indicators} indicators, budget ${t.budget} 万元, ` +
        `${t.warnings} warnings; ${changes(t)} — ${t.department} ${t.year}`,
    ),
    `  ${summary.evaluations.filename.padEnd(34)}${evaluations(summary.evaluations)}`,
    '',
    'accounts (the first login must change the password):',
    ...summary.accounts.map(
      (a) =>
        `  ${a.username.padEnd(18)}${a.role.padEnd(11)}` +
        `${(a.password === null ? 'exists, password unchanged' : `first-login password: ${a.password}`).padEnd(40)}` +
        `scope: ${a.scope}`,
    ),
    '',
    `web app:   ${baseUrl}/   (log in with an account above; ${summary.webBuild})`,
    `log in:    curl -s -X POST ${baseUrl}/api/auth/login -H 'content-type: application/json' \\`,
    `             -d '{"username":"${example.username}","password":"<first-login password>"}'`,
    `           then POST ${baseUrl}/api/auth/change-password {"currentPassword","newPassword"} with the access token`,
    `API:       ${baseUrl}/api   (Authorization: Bearer <accessToken>)`,
    `docs:      ${baseUrl}/docs`,
    `health:    ${baseUrl}/api/health`,
    `reminders: ${summary.reminders}`,
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
    `${e.evaluations} historical evaluations (${e.scored} scored, ${e.differences} printed scores differ ` +
    `from Jixiao's), ${e.warnings} warnings — ${e.department} ${e.year}`
  );
}
