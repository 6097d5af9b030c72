import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  raw: string;
}

/** An SMTP sink on a free local port: accepts every message and keeps it. */
export async function startSmtpSink(): Promise<{
  url: string;
  mails: ReceivedMail[];
  close(): Promise<void>;
}> {
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        mails.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** What a webhook endpoint answers to its n-th request (1-based): a status, or `hang` (never answers). */
export type WebhookBehaviour = (attempt: number) => number | 'hang';

export interface WebhookReceiver {
  url(path: string): string;
  /** Requests per path, with the status answered (`hang` for those left unanswered). */
  requests: Map<string, { body: unknown; status: number | 'hang' }[]>;
  behave(path: string, behaviour: WebhookBehaviour): void;
  delivered(path: string): unknown[];
  close(): Promise<void>;
}

/** A local HTTP receiver for webhooks whose paths fail, succeed or hang as the test says. */
export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const behaviours = new Map<string, WebhookBehaviour>();
  const requests = new Map<string, { body: unknown; status: number | 'hang' }[]>();
  const hanging: IncomingMessage[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = req.url ?? '/';
      const list = requests.get(path) ?? [];
      requests.set(path, list);
      const status = (behaviours.get(path) ?? (() => 200))(list.length + 1);
      list.push({ body: JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null'), status });
      if (status === 'hang') {
        hanging.push(req);
        return;
      }
      res
        .writeHead(status, { 'content-type': 'application/json' })
        .end(JSON.stringify({ errcode: status === 200 ? 0 : status }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    requests,
    behave: (path, behaviour) => behaviours.set(path, behaviour),
    delivered: (path) => (requests.get(path) ?? []).filter((r) => r.status === 200).map((r) => r.body),
    close: () =>
      new Promise((resolve) => {
        hanging.forEach((req) => req.socket.destroy());
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
