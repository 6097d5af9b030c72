import { AppConfig } from '@jixiao/config';
import { Injectable } from '@nestjs/common';
import { lookup } from 'node:dns';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, LookupFunction } from 'node:net';
import { ReminderMessage } from '../delivery/reminder-message';
import { ReminderPreference } from '../preferences/reminder-preference.entity';
import { isPublicAddress } from './public-address';
import { ReminderChannel } from './reminder-channel';

/** A URL as the policy sees it: refused with a reason, or usable (allow-listed hosts skip the address check). */
type Checked = { refused: string } | { url: URL; allowListed: boolean };

/**
 * Webhook: a JSON POST in the text-message shape both 企业微信 and 钉钉 group robots accept
 * (`{"msgtype":"text","text":{"content":…}}`), with the structured reminder beside it for other
 * receivers. A non-2xx answer (redirects included) or a timeout fails the send; the job's backoff
 * retries it.
 *
 * Users type these URLs, and the worker POSTs from inside the network, so (against SSRF) a host
 * that is not in WEBHOOK_ALLOWED_HOSTS may only be a public address: checked when the URL is saved
 * and, authoritatively, on the address each connection actually uses (a name that resolves
 * elsewhere by the time of sending — DNS rebinding — is caught there too).
 */
@Injectable()
export class WebhookChannel implements ReminderChannel {
  readonly name = 'webhook' as const;
  private readonly allowedHosts: string[];

  constructor(private readonly config: AppConfig) {
    this.allowedHosts = config.WEBHOOK_ALLOWED_HOSTS.split(',')
      .map((h) => h.trim().toLowerCase())
      .filter(Boolean);
  }

  /**
   * Why a URL may not be saved (null: it may). A name that does not resolve now is accepted: DNS may
   * be down for a moment, and every send checks again.
   */
  async refusal(url: string): Promise<string | null> {
    const checked = this.check(url);
    if ('refused' in checked) return checked.refused;
    if (checked.allowListed || isIP(bareHost(checked.url))) return null;
    const addresses = await new Promise<string[]>((resolve) =>
      lookup(bareHost(checked.url), { all: true }, (error, found) =>
        resolve(error ? [] : found.map((a) => a.address)),
      ),
    );
    const inside = addresses.find((address) => !isPublicAddress(address));
    return inside ? nonPublic(checked.url.hostname, inside) : null;
  }

  reaches(preference: ReminderPreference | null): boolean {
    // A refused URL still "reaches": the send fails with the reason, kept on the delivery for admins.
    return this.config.WEBHOOK_ENABLED && Boolean(preference?.webhookUrl);
  }

  async send(preference: ReminderPreference | null, message: ReminderMessage): Promise<void> {
    const checked = this.check(preference?.webhookUrl ?? '');
    if ('refused' in checked) throw new Error(`webhook refused: ${checked.refused}`);
    const body = JSON.stringify({
      msgtype: 'text',
      text: { content: `${message.title}\n${message.body}` },
      jixiao: message,
    });
    const { status, statusText } = await post(
      checked.url,
      body,
      this.config.WEBHOOK_TIMEOUT_MS,
      checked.allowListed ? undefined : publicOnlyLookup,
    );
    if (status < 200 || status > 299) throw new Error(`webhook answered ${status} ${statusText}`.trim());
  }

  /** What can be decided without DNS: enabled, http(s), allow-list, an IP literal's range. */
  private check(url: string): Checked {
    if (!this.config.WEBHOOK_ENABLED) return { refused: 'webhooks are disabled on this server' };
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return { refused: 'not a URL' };
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
      return { refused: 'not an http(s) address' };
    const host = parsed.hostname.toLowerCase();
    if (this.allowedHosts.length > 0) {
      return this.allowedHosts.includes(host) || this.allowedHosts.includes(bareHost(parsed))
        ? { url: parsed, allowListed: true }
        : { refused: `host ${host} is not in WEBHOOK_ALLOWED_HOSTS` };
    }
    if (isIP(bareHost(parsed)) && !isPublicAddress(bareHost(parsed)))
      return { refused: nonPublic(host, bareHost(parsed)) };
    return { url: parsed, allowListed: false };
  }
}

/** The hostname without the brackets of an IPv6 literal. */
const bareHost = (url: URL) => url.hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase();

const nonPublic = (host: string, address: string) =>
  address === host
    ? `${host} is not a public address`
    : `host ${host} resolves to ${address}, not a public address`;

/** dns.lookup that fails the connection when any address of the name is not public. */
const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, '', 0);
    const inside = addresses.find((a) => !isPublicAddress(a.address));
    if (inside) return callback(new Error(`webhook refused: ${nonPublic(hostname, inside.address)}`), '', 0);
    if (options.all) return callback(null, addresses);
    callback(null, addresses[0].address, addresses[0].family);
  });
};

/**
 * One POST with node:http(s), not fetch: only it takes a `lookup` for the connection itself. Redirects
 * are not followed (a 3xx is a failed send, so no redirect leads inside either).
 */
function post(
  url: URL,
  body: string,
  timeoutMs: number,
  guard: LookupFunction | undefined,
): Promise<{ status: number; statusText: string }> {
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        signal: AbortSignal.timeout(timeoutMs),
        ...(guard ? { lookup: guard } : {}),
      },
      (res) => {
        res.on('error', reject);
        res.on('end', () => resolve({ status: res.statusCode ?? 0, statusText: res.statusMessage ?? '' }));
        res.resume();
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
