import { EvaluationsModule } from '@jixiao/evaluations';
import { ExecutionModule } from '@jixiao/execution';
import { PeopleModule } from '@jixiao/people';
import { RemindersModule } from '@jixiao/reminders';
import { ConfigModule, DatabaseModule, LoggerModule } from '@jixiao/platform';
import { TargetsModule } from '@jixiao/targets';
import { Module } from '@nestjs/common';
import { HealthModule } from './health/health.module';

/** The HTTP API: platform (config, database, logs) plus one module per feature. */
@Module({
  imports: [ConfigModule, LoggerModule, DatabaseModule, HealthModule, PeopleModule, TargetsModule, ExecutionModule, EvaluationsModule, RemindersModule],
})
export class AppModule {}
