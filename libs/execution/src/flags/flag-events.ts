import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import {
  DataSource,
  EntityManager,
  EntitySubscriberInterface,
  QueryRunner,
  TransactionCommitEvent,
  TransactionRollbackEvent,
} from 'typeorm';
import { ExecutionFlag } from '../entities';

export type FlagsOpenedListener = (flags: readonly ExecutionFlag[]) => void | Promise<void>;

/**
 * Where other modules hear of new flags (reminders: tell the unit), without execution importing them.
 * Flags opened inside a transaction are announced once it commits (TypeORM's commit event), never if it
 * rolls back: a listener must not announce a flag that does not exist. A failing listener is logged, never
 * undoing anything (the reminders' sweep re-reads opened flags from the table and delivers what was missed).
 */
@Injectable()
export class FlagEvents implements OnModuleInit, EntitySubscriberInterface {
  private readonly logger = new Logger(FlagEvents.name);
  /** By name: one process running both the API's and the worker's reminders (the demo) registers once. */
  private readonly listeners = new Map<string, FlagsOpenedListener>();
  private readonly pending = new WeakMap<QueryRunner, ExecutionFlag[]>();

  constructor(private readonly dataSource: DataSource) {}

  onModuleInit(): void {
    this.dataSource.subscribers.push(this);
  }

  onOpened(name: string, listener: FlagsOpenedListener): void {
    this.listeners.set(name, listener);
  }

  /** Announces the flags after the manager's transaction commits (at once when there is none). */
  async openedAfterCommit(manager: EntityManager, flags: readonly ExecutionFlag[]): Promise<void> {
    if (flags.length === 0) return;
    const runner = manager.queryRunner;
    if (!runner?.isTransactionActive) return this.emit(flags);
    this.pending.set(runner, [...(this.pending.get(runner) ?? []), ...flags]);
  }

  async afterTransactionCommit(event: TransactionCommitEvent): Promise<void> {
    // A released savepoint also "commits": only the outermost commit makes the flags real.
    if (event.queryRunner.isTransactionActive) return;
    const flags = this.pending.get(event.queryRunner);
    this.pending.delete(event.queryRunner);
    if (flags) await this.emit(flags);
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    // Even a rollback to a savepoint drops them all: a missed announcement is swept up later, a false one is not.
    this.pending.delete(event.queryRunner);
  }

  private async emit(flags: readonly ExecutionFlag[]): Promise<void> {
    for (const [name, listener] of this.listeners) {
      try {
        await listener(flags);
      } catch (error) {
        this.logger.error(`flag listener ${name} failed for ${flags.length} flag(s): ${String(error)}`);
      }
    }
  }
}
