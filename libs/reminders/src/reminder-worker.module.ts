import { ExecutionModule } from '@jixiao/execution';
import { forwardRef, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { EmailChannel } from './channels/email.channel';
import { InAppChannel } from './channels/in-app.channel';
import { REMINDER_CHANNELS, ReminderChannel } from './channels/reminder-channel';
import { WebhookChannel } from './channels/webhook.channel';
import { DeliveryStore } from './delivery/delivery-store';
import { DeliveryService } from './delivery/delivery.service';
import { FlagReminderBridge } from './events/flag-reminder-bridge';
import { ReminderEvents } from './events/reminder-events';
import { REMINDER_JOB_HANDLERS } from './jobs';
import { ReminderPlanner } from './reminder-planner.service';
import { RemindersCoreModule } from './reminders-core.module';
import { ReminderWorkerService } from './worker/reminder-worker.service';

/**
 * The worker side: job handlers, the planner, the channels and the BullMQ workers. The execution module
 * runs the daily flag refresh; the flags it opens are announced like the API's (FlagReminderBridge).
 */
@Module({
  // forwardRef: this file may load while the platform's entity list is still loading execution.
  imports: [RemindersCoreModule, DiscoveryModule, forwardRef(() => ExecutionModule)],
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
    ReminderEvents,
    FlagReminderBridge,
    ...REMINDER_JOB_HANDLERS,
    ReminderWorkerService,
  ],
  exports: [ReminderPlanner, ReminderWorkerService, DeliveryService],
})
export class ReminderWorkerModule {}
