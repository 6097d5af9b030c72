import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { REMINDER_CHANNELS, ReminderChannel } from '../channels/reminder-channel';
import { ReminderPreference } from '../preferences/reminder-preference.entity';
import { DeliveryRequest } from './delivery-request';
import { DeliveryStore } from './delivery-store';
import { ChannelName } from './reminder-message';

/** Thrown when some channel of a delivery failed or is still in flight elsewhere: the job retries. */
export class DeliveryIncompleteError extends Error {
  constructor(readonly problems: string[]) {
    super(`delivery incomplete: ${problems.join('; ')}`);
    this.name = 'DeliveryIncompleteError';
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
    for (const name of wanted) {
      if (name === 'in-app') {
        await this.store.storeInApp(request);
        continue;
      }
      const channel = this.channels.get(name);
      if (!channel?.reaches(preference)) continue; // e-mail off, no address: nothing to send
      const claim = await this.store.claim(request, name);
      if (claim.state === 'busy') problems.push(`${name}: being sent by another worker`);
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
    if (problems.length > 0) throw new DeliveryIncompleteError(problems);
  }
}
