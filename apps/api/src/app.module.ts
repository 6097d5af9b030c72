import { EvaluationsModule } from '@jixiao/evaluations';
import { ExecutionModule } from '@jixiao/execution';
import { PeopleModule } from '@jixiao/people';
import { RemindersModule } from '@jixiao/reminders';
import { ConfigModule, DatabaseModule, LoggerModule } from '@jixiao/platform';
import { TargetsModule } from '@jixiao/targets';
import { Module } from '@nestjs/common';
import { HealthModule } from './health/health.module';
import { WebAppModule } from './web/web-app.module';

/** The HTTP API: platform (config, database, logs), one module per feature, and the web app at `/`. */
@Module({
  imports: [ConfigModule, LoggerModule, DatabaseModule, HealthModule, PeopleModule, TargetsModule, ExecutionModule, EvaluationsModule, RemindersModule, WebAppModule],
})
export class AppModule {}
