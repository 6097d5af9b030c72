import { EvaluationsModule } from '@jixiao/evaluations';
import { forwardRef, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { DeliveryAdminController } from './admin/delivery-admin.controller';
import { DeliveryAdminService } from './admin/delivery-admin.service';
import { QueueBoardController } from './admin/queue-board.controller';
import { CalendarController } from './calendar/calendar.controller';
import { CalendarService } from './calendar/calendar.service';
import { WebhookChannel } from './channels/webhook.channel';
import { EvaluationReminderBridge } from './events/evaluation-reminder-bridge';
import { FlagReminderBridge } from './events/flag-reminder-bridge';
import { MonitoringReportReminderBridge } from './events/monitoring-report-reminder-bridge';
import { ReminderEvents } from './events/reminder-events';
import { QueueHealthIndicator } from './health/queue-health.indicator';
import { NotificationController } from './notifications/notification.controller';
import { NotificationService } from './notifications/notification.service';
import { PreferenceService } from './preferences/preference.service';
import { RemindersCoreModule } from './reminders-core.module';

/**
 * 提醒 in the API: calendars, notifications, preferences, failed deliveries, the queue dashboard, and
 * ReminderEvents for other modules. Sending happens in the worker (ReminderWorkerModule).
 */
@Module({
  // forwardRef: this file may load while the platform's entity list is still loading evaluations.
  imports: [RemindersCoreModule, TerminusModule, forwardRef(() => EvaluationsModule)],
  controllers: [CalendarController, NotificationController, DeliveryAdminController, QueueBoardController],
  providers: [
    CalendarService,
    NotificationService,
    PreferenceService,
    DeliveryAdminService,
    WebhookChannel,
    ReminderEvents,
    EvaluationReminderBridge,
    FlagReminderBridge,
    MonitoringReportReminderBridge,
    QueueHealthIndicator,
  ],
  exports: [ReminderEvents, QueueHealthIndicator],
})
export class RemindersModule {}
