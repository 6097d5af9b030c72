/**
 * Chromium for the browser suite. Playwright cannot download its own browser here, so it drives
 * Debian's `chromium` package, found as:
 * 1. CHROMIUM_PATH if set;
 * 2. else `chromium` or `chromium-browser` on the PATH;
 * 3. else, on a Debian-like machine where we are root, Debian's chromium package is installed
 *    (apt-get, as the Redis setup does) — so `npm ci && npm test` works on a fresh machine;
 * 4. else a clear error saying how to get it.
 */
import { spawnSync } from 'node:child_process';
import { chromium, type Browser } from 'playwright-core';

/** Flags for a closed network and a root user: no sandbox, no GPU, nothing phoning home. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const HOW_TO_GET_CHROMIUM =
  'the browser tests need Chromium: set CHROMIUM_PATH, or install it on the PATH ' +
  '(`apt-get install chromium`, `brew install --cask chromium`)';

function onPath(): string | null {
  for (const name of ['chromium', 'chromium-browser']) {
    const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (found.status === 0 && found.stdout.trim()) return found.stdout.trim();
  }
  return null;
}

function installChromium(): string | null {
  const aptGet = spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
  if (!aptGet || process.getuid?.() !== 0) return null;
  process.stderr.write("browser tests: no Chromium found; installing Debian's chromium package (apt-get)…\n");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () =>
    spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'ignore', env }).status === 0;
  // A fresh machine may have no package lists yet: update once, then try again.
  if (!install()) spawnSync('apt-get', ['update', '-qq'], { stdio: 'ignore', env });
  return onPath() ?? (install() ? onPath() : null);
}

export function findChromium(): string {
  const path = process.env.CHROMIUM_PATH || onPath() || installChromium();
  if (!path) throw new Error(HOW_TO_GET_CHROMIUM);
  return path;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
}
