import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { REMINDER_ENTITIES } from './entities';
import { PENDING_WORK } from './ports/pending-work';
import { RECIPIENT_DIRECTORY } from './ports/recipient-directory';
import { REMINDER_EVENT_SOURCE } from './ports/reminder-event-source';
import { SqlPendingWork } from './ports/sql-pending-work';
import { SqlRecipientDirectory } from './ports/sql-recipient-directory';
import { SqlReminderEventSource } from './ports/sql-reminder-event-source';
import { ReminderQueues } from './queue/reminder-queues';
import { REMINDER_CLOCK, systemReminderClock } from './reminder-clock';
import { ReminderSchedules } from './worker/reminder-schedules';

/**
 * What the API and the worker share: the entities, the queues (one Redis connection), the clock and
 * the ports, bound to their SQL implementations. Rebind a port with `overrideProvider(TOKEN)`.
 */
@Module({
  imports: [TypeOrmModule.forFeature(REMINDER_ENTITIES)],
  providers: [
    ReminderQueues,
    ReminderSchedules,
    { provide: REMINDER_CLOCK, useValue: systemReminderClock },
    { provide: RECIPIENT_DIRECTORY, useClass: SqlRecipientDirectory },
    { provide: PENDING_WORK, useClass: SqlPendingWork },
    { provide: REMINDER_EVENT_SOURCE, useClass: SqlReminderEventSource },
  ],
  exports: [
    TypeOrmModule,
    ReminderQueues,
    ReminderSchedules,
    REMINDER_CLOCK,
    RECIPIENT_DIRECTORY,
    PENDING_WORK,
    REMINDER_EVENT_SOURCE,
  ],
})
export class RemindersCoreModule {}
