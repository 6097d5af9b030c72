import { AppConfig } from '@jixiao/config';
import { Injectable } from '@nestjs/common';
import { ReminderMessage } from '../delivery/reminder-message';
import { ReminderPreference } from '../preferences/reminder-preference.entity';
import { ReminderChannel } from './reminder-channel';

/**
 * Webhook: a JSON POST in the text-message shape both 企业微信 and 钉钉 group robots accept
 * (`{"msgtype":"text","text":{"content":…}}`), with the structured reminder beside it for other
 * receivers. A non-2xx answer or a timeout fails the send; the job's backoff retries it.
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

  /** Whether a URL may be used at all (checked when a user saves it, and again before each send). */
  allows(url: string): boolean {
    if (!this.config.WEBHOOK_ENABLED) return false;
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return false;
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return false;
    return this.allowedHosts.length === 0 || this.allowedHosts.includes(parsed.hostname.toLowerCase());
  }

  reaches(preference: ReminderPreference | null): boolean {
    return Boolean(preference?.webhookUrl && this.allows(preference.webhookUrl));
  }

  async send(preference: ReminderPreference | null, message: ReminderMessage): Promise<void> {
    const url = preference?.webhookUrl;
    if (!url || !this.allows(url)) throw new Error('webhook is not allowed for this recipient');
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        msgtype: 'text',
        text: { content: `${message.title}\n${message.body}` },
        jixiao: message,
      }),
      signal: AbortSignal.timeout(this.config.WEBHOOK_TIMEOUT_MS),
      redirect: 'error',
    });
    if (!response.ok) throw new Error(`webhook answered ${response.status} ${response.statusText}`.trim());
  }
}
