import { AppConfig } from '@jixiao/config';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { REMINDER_CHANNELS, ReminderChannel } from '../channels/reminder-channel';
import { ReminderPreference } from '../preferences/reminder-preference.entity';
import { DeliveryRequest } from './delivery-request';
import { DeliveryStore } from './delivery-store';
import { ChannelName } from './reminder-message';

/** Thrown when some channel of a delivery failed: the job retries (an attempt, with backoff). */
export class DeliveryIncompleteError extends Error {
  constructor(readonly problems: string[]) {
    super(`delivery incomplete: ${problems.join('; ')}`);
    this.name = 'DeliveryIncompleteError';
  }
}

/**
 * Thrown when a channel is claimed by another send within its lease: the job should look again in
 * `retryInMs` without spending an attempt (the claimer may be a killed worker, whose lease can
 * outlast every attempt of the backoff).
 */
export class DeliveryBusyError extends DeliveryIncompleteError {
  constructor(
    problems: string[],
    readonly retryInMs: number,
  ) {
    super(problems);
    this.name = 'DeliveryBusyError';
  }
}

/**
 * Sends one reminder on each of its recipient's channels. In-app always (it is the person's list of
 * notifications); e-mail and webhook when chosen and reachable. Channels already sent are skipped,
 * so a retry only redoes what failed.
 */
@Injectable()
export class DeliveryService {
  private readonly channels: Map<ChannelName, ReminderChannel>;

  constructor(
    private readonly store: DeliveryStore,
    @InjectRepository(ReminderPreference) private readonly preferences: Repository<ReminderPreference>,
    @Inject(REMINDER_CHANNELS) channels: ReminderChannel[],
    private readonly config: AppConfig,
  ) {
    this.channels = new Map(channels.map((c) => [c.name, c]));
  }

  async deliver(request: DeliveryRequest): Promise<void> {
    const preference = await this.preferences.findOneBy({ userId: request.recipientId });
    const wanted = request.channels ?? [
      'in-app',
      ...(preference?.channels ?? []).filter((c) => c !== 'in-app'),
    ];
    const problems: string[] = [];
    let retryInMs: number | undefined;
    for (const name of wanted) {
      if (name === 'in-app') {
        await this.store.storeInApp(request);
        continue;
      }
      const channel = this.channels.get(name);
      if (!channel?.reaches(preference)) continue; // e-mail off, no address: nothing to send
      const claim = await this.store.claim(request, name);
      if (claim.state === 'busy') {
        problems.push(`${name}: being sent by another worker`);
        retryInMs = Math.min(retryInMs ?? Infinity, this.lookAgainIn(claim.heldMs, claim.leaseLeftMs));
      }
      if (claim.state !== 'claimed') continue;
      try {
        await channel.send(preference, request.message);
      } catch (error) {
        const text = error instanceof Error ? error.message : String(error);
        await this.store.markFailed(claim.id, text);
        problems.push(`${name}: ${text}`);
        continue;
      }
      await this.store.markSent(claim.id);
    }
    if (retryInMs !== undefined) throw new DeliveryBusyError(problems, retryInMs);
    if (problems.length > 0) throw new DeliveryIncompleteError(problems);
  }

  /**
   * When to look at a busy claim again: after as long again as it has been held (a live sender
   * finishes within its timeout, so early looks find it done), never later than the end of its lease
   * (a dead sender's claim is taken over then), and not sooner than the backoff base.
   */
  private lookAgainIn(heldMs: number, leaseLeftMs: number): number {
    return Math.min(Math.max(heldMs, this.config.REMINDER_BACKOFF_MS), leaseLeftMs);
  }
}
