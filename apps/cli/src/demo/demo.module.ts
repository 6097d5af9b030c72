import { ReminderWorkerModule } from '@jixiao/reminders';
import { Module } from '@nestjs/common';
import { AppModule } from '../../../api/src/app.module';

/**
 * The API and the reminder worker in one process. A separate `npm run start:worker` cannot join the
 * demo when it runs on the embedded PostgreSQL: it would start a second server on the same data
 * folder. Without Redis the worker waits and reconnects, so reminders start whenever Redis does.
 */
@Module({ imports: [AppModule, ReminderWorkerModule] })
export class DemoModule {}
