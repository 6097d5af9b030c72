/**
 * The web app's weight: the JavaScript a browser loads for the login page (target ≤ 300 KB gzipped)
 * and what the 自评表 editor adds, measured in Chromium on the production build (built first when
 * stale). Pages are code-split: antd's tables, the editor and the review screens load with their
 * routes, not with the login page. Baseline in the same run: the entry chunk alone (React, the router,
 * antd's core), so the figure reads as "entry + what the login page adds".
 *
 *   node -r @swc-node/register bench/web-login-bundle.bench.ts
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ensureWebBuild } from '../apps/cli/src/demo/web-build';
import { launchChromium } from '../test/web/support/chromium';

const WEB_DIR = 'dist/web';
const TARGET_GZIP_KB = 300;
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

export interface WebBundleResult {
  build: string;
  loginScripts: number;
  loginKB: number;
  loginGzipKB: number;
  entryGzipKB: number;
  targetGzipKB: number;
  withinTarget: boolean;
  /** Scripts the editor route loads on top of the login page's, gzipped (the editor is never on the login page). */
  editorExtraGzipKB: number;
}

/** The build served as the API serves it: its files, and index.html for any other path. */
function serve(root: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
    const file =
      path.startsWith(root) && existsSync(path) && statSync(path).isFile() ? path : join(root, 'index.html');
    res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
    createReadStream(file).pipe(res);
  });
  return new Promise((ready) => server.listen(0, '127.0.0.1', () => ready(server)));
}

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

interface ManifestChunk {
  file: string;
  imports?: string[];
}

/** A source module's chunk and every chunk it imports statically (Vite's build manifest). */
function chunkClosure(source: string): string[] {
  const manifest = JSON.parse(
    readFileSync(join(resolve(WEB_DIR), '.vite', 'manifest.json'), 'utf8'),
  ) as Record<string, ManifestChunk>;
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const next of manifest[key].imports ?? []) visit(next);
  };
  visit(source);
  return [...seen].map((key) => manifest[key].file);
}

export async function run(): Promise<WebBundleResult> {
  const build = ensureWebBuild(WEB_DIR);
  const server = await serve(resolve(WEB_DIR));
  const browser = await launchChromium();
  try {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const page = await browser.newPage();
    const scripts = new Map<string, Buffer>();
    page.on('response', async (response) => {
      if (response.request().resourceType() === 'script') scripts.set(response.url(), await response.body());
    });
    await page.goto(`${base}/login`, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: '登录' }).waitFor();
    const login = new Map(scripts);
    const entry = [...login.entries()].find(([url]) => /\/assets\/index-[^/]+\.js$/.test(url));
    const gzip = (buffers: Iterable<Buffer>) => [...buffers].reduce((sum, b) => sum + gzipSync(b).length, 0);
    const raw = [...login.values()].reduce((sum, b) => sum + b.length, 0);
    const loginGzip = gzip(login.values());
    // The editor route: the chunks the build's manifest lists for it, beyond what the login page loaded.
    const extra = chunkClosure('src/pages/evaluation/EvaluationPage.tsx')
      .filter((file) => ![...login.keys()].some((url) => url.endsWith(`/${file}`)))
      .map((file) => readFileSync(join(resolve(WEB_DIR), file)));
    return {
      build: build.built ? `built: ${build.reason}` : 'current',
      loginScripts: login.size,
      loginKB: kb(raw),
      loginGzipKB: kb(loginGzip),
      entryGzipKB: entry ? kb(gzipSync(entry[1]).length) : 0,
      targetGzipKB: TARGET_GZIP_KB,
      withinTarget: kb(loginGzip) <= TARGET_GZIP_KB,
      editorExtraGzipKB: kb(gzip(extra)),
    };
  } finally {
    await browser.close();
    server.close();
  }
}

if (require.main === module) {
  run().then((result) => process.stdout.write(`${JSON.stringify(result, null, 2)}\n`));
}
