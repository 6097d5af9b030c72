import { AppConfig } from '@jixiao/config';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DeliveryRequest } from './delivery-request';
import { ChannelName } from './reminder-message';

/** The outcome of trying to take a delivery on one channel. */
export type Claim =
  | { state: 'claimed'; id: string }
  | { state: 'done' }
  /** Claimed by another send: for how long so far, and how long until its lease ends (database time). */
  | { state: 'busy'; heldMs: number; leaseLeftMs: number };

const KEY = `recipient_id = $1 AND item = $2 AND period = $3 AND kind = $4 AND channel = $5`;

/**
 * The delivery records in PostgreSQL, and the exactly-once protocol around them:
 * 1. claim: INSERT … ON CONFLICT DO NOTHING (first time), or take over a failed row, or a row whose
 *    claim is older than the lease (its worker died mid-send). Row locks make one claimer win.
 * 2. the caller sends;
 * 3. markSent / markFailed.
 * In-app notifications are stored as sent in step 1: one statement, exactly once. For e-mail and
 * webhooks the only window for a second send is a crash after the send and before markSent (one
 * short UPDATE): after the lease, that delivery goes out again (at-least-once there, never twice
 * otherwise). A claim that is busy tells how long until its lease ends, so the job can wait for it.
 */
@Injectable()
export class DeliveryStore {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async storeInApp(request: DeliveryRequest): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO reminder_delivery (recipient_id, item, period, kind, channel, status, message, attempts, claimed_at, sent_at)
       VALUES ($1, $2, $3, $4, 'in-app', 'sent', $5, 1, now(), now())
       ON CONFLICT (recipient_id, item, period, kind, channel) DO NOTHING`,
      [request.recipientId, request.item, request.period, request.kind, JSON.stringify(request.message)],
    );
  }

  async claim(request: DeliveryRequest, channel: ChannelName): Promise<Claim> {
    const key = [request.recipientId, request.item, request.period, request.kind, channel];
    const inserted: { id: string }[] = await this.dataSource.query(
      `INSERT INTO reminder_delivery (recipient_id, item, period, kind, channel, status, message, attempts, claimed_at)
       VALUES ($1, $2, $3, $4, $5, 'sending', $6, 1, now())
       ON CONFLICT (recipient_id, item, period, kind, channel) DO NOTHING
       RETURNING id`,
      [...key, JSON.stringify(request.message)],
    );
    if (inserted.length > 0) return { state: 'claimed', id: inserted[0].id };
    const [taken]: [{ id: string }[], number] = await this.dataSource.query(
      `UPDATE reminder_delivery SET status = 'sending', attempts = attempts + 1, claimed_at = now()
        WHERE ${KEY} AND (status = 'failed' OR (status = 'sending' AND claimed_at < now() - make_interval(secs => $6)))
        RETURNING id`,
      [...key, this.config.REMINDER_SEND_LEASE_SECONDS],
    );
    if (taken.length > 0) return { state: 'claimed', id: taken[0].id };
    const [row]: { status: string; held_ms: number; lease_left_ms: number }[] = await this.dataSource.query(
      `SELECT status,
              (extract(epoch FROM now() - claimed_at) * 1000)::float8 AS held_ms,
              (extract(epoch FROM claimed_at + make_interval(secs => $6) - now()) * 1000)::float8 AS lease_left_ms
         FROM reminder_delivery WHERE ${KEY}`,
      [...key, this.config.REMINDER_SEND_LEASE_SECONDS],
    );
    if (row?.status === 'sent') return { state: 'done' };
    if (!row) return { state: 'busy', heldMs: 0, leaseLeftMs: 0 };
    return { state: 'busy', heldMs: Math.max(0, row.held_ms), leaseLeftMs: Math.max(0, row.lease_left_ms) };
  }

  /**
   * Claims whose lease ended without a markSent or markFailed (the worker was killed mid-send) become
   * failed: listed for admins and retryable, even if their job is gone too. Returns how many.
   */
  async failExpiredClaims(): Promise<number> {
    const [, count]: [unknown, number] = await this.dataSource.query(
      `UPDATE reminder_delivery
          SET status = 'failed', error = 'the worker sending this stopped before recording the outcome (send lease expired); it may or may not have gone out'
        WHERE status = 'sending' AND claimed_at < now() - make_interval(secs => $1)`,
      [this.config.REMINDER_SEND_LEASE_SECONDS],
    );
    return count;
  }

  async markSent(id: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE reminder_delivery SET status = 'sent', sent_at = now(), error = NULL WHERE id = $1`,
      [id],
    );
  }

  async markFailed(id: string, error: string): Promise<void> {
    await this.dataSource.query(`UPDATE reminder_delivery SET status = 'failed', error = $2 WHERE id = $1`, [
      id,
      error.slice(0, 2000),
    ]);
  }
}
