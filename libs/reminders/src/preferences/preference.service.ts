import { AppConfig } from '@jixiao/config';
import { audited, auditSuccess } from '@jixiao/people';
import { DomainError } from '@jixiao/platform';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { WebhookChannel } from '../channels/webhook.channel';
import { ChannelName } from '../delivery/reminder-message';
import { SavePreferenceDto } from './preference.dto';
import { ReminderPreference } from './reminder-preference.entity';
import { PreferenceView } from './preference.view';

export type { PreferenceView };


/** 提醒方式: each person chooses for themselves. */
@Injectable()
export class PreferenceService {
  constructor(
    @InjectRepository(ReminderPreference) private readonly preferences: Repository<ReminderPreference>,
    private readonly webhook: WebhookChannel,
    private readonly config: AppConfig,
  ) {}

  async get(userId: string): Promise<PreferenceView> {
    return this.view(await this.preferences.findOneBy({ userId }));
  }

  async save(userId: string, input: SavePreferenceDto): Promise<PreferenceView> {
    const event = { action: 'REMINDER_PREFERENCE.PUT', objectType: 'USER', objectId: userId };
    return audited(this.preferences.manager, event, async () => {
      const channels = [...new Set<ChannelName>(['in-app', ...input.channels])];
      const email = input.email?.trim() || null;
      const webhookUrl = input.webhookUrl?.trim() || null;
      const problems: string[] = [];
      if (channels.includes('email') && !email) problems.push('email: required for the email channel');
      if (channels.includes('webhook') && !webhookUrl)
        problems.push('webhookUrl: required for the webhook channel');
      const refused = webhookUrl ? await this.webhook.refusal(webhookUrl) : null;
      if (refused) problems.push(`webhookUrl: ${refused}`);
      if (problems.length > 0)
        throw new DomainError('invalid', 'REMINDER_PREFERENCE.INVALID', '提醒方式设置有误', { problems });
      await this.preferences.manager.transaction(async (manager) => {
        const preferences = manager.getRepository(ReminderPreference);
        const before = await preferences.findOneBy({ userId });
        await preferences.upsert({ userId, channels, email, webhookUrl }, { conflictPaths: ['userId'] });
        await auditSuccess(manager, {
          ...event,
          before: before && { channels: before.channels, email: before.email, webhookUrl: before.webhookUrl },
          after: { channels, email, webhookUrl },
        });
      });
      return this.get(userId);
    });
  }

  private view(preference: ReminderPreference | null): PreferenceView {
    return {
      channels: preference?.channels ?? ['in-app'],
      email: preference?.email ?? null,
      webhookUrl: preference?.webhookUrl ?? null,
      available: {
        'in-app': true,
        email: Boolean(this.config.SMTP_URL),
        webhook: this.config.WEBHOOK_ENABLED,
      },
    };
  }
}
