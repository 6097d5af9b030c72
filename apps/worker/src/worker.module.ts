import { ConfigModule, DatabaseModule, LoggerModule } from '@jixiao/platform';
import { ReminderWorkerModule } from '@jixiao/reminders';
import { Module } from '@nestjs/common';

/** The worker process: platform (config, logs, database) and the reminder jobs. No HTTP. */
@Module({ imports: [ConfigModule, LoggerModule, DatabaseModule, ReminderWorkerModule] })
export class WorkerModule {}
