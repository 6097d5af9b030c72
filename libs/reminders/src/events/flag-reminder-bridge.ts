import { FlagEvents } from '@jixiao/execution';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { ReminderEvents } from './reminder-events';

/**
 * Hooks the execution flags: every flag opened (by records, an answer, a refresh or a recompute) becomes
 * a 新预警 reminder once its transaction commits. Looked up at init, not injected, for the same reason as
 * EvaluationReminderBridge; registered by name, so the API and the worker in one process announce once.
 */
@Injectable()
export class FlagReminderBridge implements OnModuleInit {
  constructor(
    private readonly moduleRef: ModuleRef,
    private readonly events: ReminderEvents,
  ) {}

  onModuleInit(): void {
    this.moduleRef.get(FlagEvents, { strict: false }).onOpened('reminders', async (flags) => {
      await this.events.flagsOpened(
        flags.map((flag) => ({
          flagId: flag.id,
          departmentId: flag.departmentId,
          unitId: flag.unitId,
          year: flag.fiscalYear,
          code: flag.code,
          message: flag.message,
        })),
      );
    });
  }
}
