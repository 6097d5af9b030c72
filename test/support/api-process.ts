/**
 * The real API in a child process (`node -r @swc-node/register apps/api/src/main.ts`), for what only a
 * process of its own shows: its resident memory, read from /proc (Linux).
 */
import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { freePort } from '../setup/redis';

const ROOT = resolve(__dirname, '../..');
/** A cold start compiles the app through SWC: seconds on a loaded machine, bounded well above. */
const READY_MS = 90_000;

export interface ApiProcess {
  baseUrl: string;
  pid: number;
  /** Resident set now (VmRSS) and its peak since the last resetPeak (VmHWM), in bytes. */
  memory(): { rss: number; peak: number };
  /** Starts a new peak from the current resident set (writes 5 to /proc/<pid>/clear_refs). */
  resetPeak(): void;
  /** What it wrote to stderr (a crash's stack). */
  stderr(): string;
  stop(): Promise<void>;
}

export async function startApiProcess(env: Record<string, string>): Promise<ApiProcess> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), LOG_LEVEL: 'silent', MIGRATIONS_RUN: 'false', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const api: ApiProcess = {
    baseUrl,
    pid: child.pid!,
    memory: () => memoryOf(child.pid!),
    stderr: () => stderr,
    resetPeak: () => writeFileSync(`/proc/${child.pid}/clear_refs`, '5'),
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
  const deadline = Date.now() + READY_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the API exited before it answered:\n${stderr}`);
    const status = await fetch(`${baseUrl}/api/health`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return api;
    await new Promise((r) => setTimeout(r, 200));
  }
  await api.stop();
  throw new Error(`the API did not answer /api/health within ${READY_MS} ms:\n${stderr}`);
}

function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)![1]) * 1024;
  return { rss: kib('VmRSS'), peak: kib('VmHWM') };
}
