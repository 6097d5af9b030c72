import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../../..');

/** What the web bundle is built from: the app itself and the pure libraries it shares with the server. */
const INPUTS = [
  'apps/web/src',
  'apps/web/index.html',
  'apps/web/vite.config.mts',
  'apps/web/tsconfig.json',
  'libs/decimal/src',
  'libs/people/src/passwords/password-rules.ts',
  'package-lock.json',
];

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (newest, name) => Math.max(newest, newestMtime(join(path, name))),
    stat.mtimeMs,
  );
}

/** Why the web build in `webDir` must be (re)built, or null when it is current. */
export function staleWebBuild(webDir: string): string | null {
  const index = join(resolve(ROOT, webDir), 'index.html');
  if (!existsSync(index)) return `no build in ${webDir}`;
  const built = statSync(index).mtimeMs;
  const changed = INPUTS.map((p) => join(ROOT, p)).filter((p) => existsSync(p) && newestMtime(p) > built);
  return changed.length > 0
    ? `changed since the last build: ${changed.map((p) => p.slice(ROOT.length + 1)).join(', ')}`
    : null;
}

/**
 * Builds the web app (Vite, production) into `webDir` when it is missing or older than its sources,
 * so `npm run demo` and the browser tests always serve the current app. Returns what it did.
 */
export function ensureWebBuild(webDir: string): { built: boolean; reason: string | null } {
  const reason = staleWebBuild(webDir);
  if (!reason) return { built: false, reason: null };
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(
    process.execPath,
    [
      vite,
      'build',
      '--config',
      'apps/web/vite.config.mts',
      '--outDir',
      resolve(ROOT, webDir),
      '--logLevel',
      'warn',
    ],
    { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (result.status !== 0)
    throw new Error(`the web app's build failed (vite exit code ${result.status}): ${reason}`);
  return { built: true, reason };
}
