/**
 * Sends the hostile uploads to every upload route of an API in a child process and reads its memory
 * around them: shared by the e2e test (test/uploads) and the bench (bench/upload-memory.bench.ts).
 */
import { request } from 'node:http';
import { ApiProcess } from './api-process';
import { largeCsv, manyRows, zipBomb } from './hostile-files';

export interface HostileUploadAnswer {
  route: string;
  file: string;
  bytes: number;
  status: number;
  code: string;
  message: string;
  /** Resident set just before this upload (MiB). */
  beforeMiB: number;
  /** Its peak while this upload was read and answered, above `beforeMiB` (MiB): what the request cost. */
  peakGrowthMiB: number;
}

export interface HostileUploadRun {
  /** Resident set after the warm-up, before the first hostile upload (MiB). */
  baselineMiB: number;
  /** The largest peak growth of one upload over the resident set just before it (MiB). */
  maxRequestGrowthMiB: number;
  /** Highest resident set during all the hostile uploads, above the baseline (MiB): garbage of earlier
   * uploads not yet collected adds up here. */
  peakGrowthMiB: number;
  /** Resident set once they were all answered, above the baseline (MiB). */
  afterGrowthMiB: number;
  answers: HostileUploadAnswer[];
}

const MiB = 1024 * 1024;
const mib = (bytes: number) => Math.round((bytes / MiB) * 10) / 10;

export async function sendHostileUploads(api: ApiProcess, token: string): Promise<HostileUploadRun> {
  const files: [string, Buffer][] = [
    ['zip-bomb-1GiB.xlsx', await zipBomb()],
    ['rows-1000000.xlsx', manyRows()],
    ['template-35MB.csv', largeCsv()],
  ];
  const sends: [string, [string, Buffer]][] = [
    ...files.map((file): [string, [string, Buffer]] => ['/api/imports', file]),
    ...files.map((file): [string, [string, Buffer]] => ['/api/execution/records/import', file]),
    // The evaluation import reads handed-in 自评表 workbooks too: the bomb and the million rows.
    ['/api/evaluations/imports', files[0]],
    ['/api/evaluations/imports', files[1]],
  ];
  // Warm-up: the reading code paths loaded and compiled before the baseline, with small files of each kind.
  for (const route of ['/api/imports', '/api/execution/records/import'])
    for (const [name, bytes] of [
      ['warm.xlsx', manyRows(10)],
      ['warm.csv', largeCsv(10_000)],
    ] as const)
      await upload(api, token, route, name, bytes);
  const baseline = api.memory().rss;
  let highest = baseline;
  const answers: HostileUploadAnswer[] = [];
  for (const [route, [file, bytes]] of sends) {
    const before = api.memory().rss;
    api.resetPeak();
    const { status, body } = await upload(api, token, route, file, bytes);
    const { peak } = api.memory();
    highest = Math.max(highest, peak);
    answers.push({
      route,
      file,
      bytes: bytes.length,
      status,
      code: String(body.code),
      message: String(body.message),
      beforeMiB: mib(before),
      peakGrowthMiB: mib(peak - before),
    });
  }
  return {
    baselineMiB: mib(baseline),
    maxRequestGrowthMiB: Math.max(...answers.map((a) => a.peakGrowthMiB)),
    peakGrowthMiB: mib(highest - baseline),
    afterGrowthMiB: mib(api.memory().rss - baseline),
    answers,
  };
}

/**
 * POST one file as multipart field `file`, on a connection of its own (no keep-alive socket the API may
 * close under it). An error writing after the answer came (the API stops reading an upload it refused)
 * is not a failure.
 */
function upload(
  api: ApiProcess,
  token: string,
  route: string,
  filename: string,
  bytes: Buffer,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const boundary = `jixiao-${Math.random().toString(36).slice(2)}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = request(
      `${api.baseUrl}${route}`,
      {
        method: 'POST',
        agent: false,
        headers: {
          Authorization: `Bearer ${token}`,
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': head.length + bytes.length + tail.length,
        },
      },
      (response) => {
        answered = true;
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let body: Record<string, unknown> = {};
          try {
            body = JSON.parse(text) as Record<string, unknown>;
          } catch {
            body = { message: text };
          }
          resolve({ status: response.statusCode ?? 0, body });
        });
      },
    );
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    req.write(head);
    req.write(bytes);
    req.end(tail);
  });
}
