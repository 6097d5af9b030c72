import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { EmailChannel } from './channels/email.channel';
import { InAppChannel } from './channels/in-app.channel';
import { REMINDER_CHANNELS, ReminderChannel } from './channels/reminder-channel';
import { WebhookChannel } from './channels/webhook.channel';
import { DeliveryStore } from './delivery/delivery-store';
import { DeliveryService } from './delivery/delivery.service';
import { REMINDER_JOB_HANDLERS } from './jobs';
import { ReminderPlanner } from './reminder-planner.service';
import { RemindersCoreModule } from './reminders-core.module';
import { ReminderWorkerService } from './worker/reminder-worker.service';

/** The worker side: job handlers, the planner, the channels and the BullMQ workers. */
@Module({
  imports: [RemindersCoreModule, DiscoveryModule],
  providers: [
    InAppChannel,
    EmailChannel,
    WebhookChannel,
    {
      provide: REMINDER_CHANNELS,
      inject: [InAppChannel, EmailChannel, WebhookChannel],
      useFactory: (...channels: ReminderChannel[]) => channels,
    },
    DeliveryStore,
    DeliveryService,
    ReminderPlanner,
    ...REMINDER_JOB_HANDLERS,
    ReminderWorkerService,
  ],
  exports: [ReminderPlanner, ReminderWorkerService, DeliveryService],
})
export class ReminderWorkerModule {}
