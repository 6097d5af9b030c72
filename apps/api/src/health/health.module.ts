import { RemindersModule } from '@jixiao/reminders';
import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller';

@Module({ imports: [TerminusModule, RemindersModule], controllers: [HealthController] })
export class HealthModule {}
