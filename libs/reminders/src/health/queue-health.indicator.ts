import { DomainError } from '@jixiao/platform';
import { HttpException, Injectable } from '@nestjs/common';
import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { ReminderQueues } from '../queue/reminder-queues';

/** Redis behind the reminder queues: up when it answers PING within the enqueue timeout. */
@Injectable()
export class QueueHealthIndicator {
  constructor(
    private readonly indicators: HealthIndicatorService,
    private readonly queues: ReminderQueues,
  ) {}

  async check(key: string): Promise<HealthIndicatorResult> {
    const indicator = this.indicators.check(key);
    return (await this.queues.ping())
      ? indicator.up()
      : indicator.down({ message: 'Redis does not answer: reminders wait until it is back' });
  }
}

/** Terminus's 503 as a DomainError, so the error filter keeps the health details in the body. */
export function queueHealthError(error: unknown): never {
  const details = error instanceof HttpException ? (error.getResponse() as Record<string, unknown>) : {};
  throw new DomainError('unavailable', 'HEALTH.QUEUE_DOWN', '提醒队列（Redis）不可用', details, {
    cause: error,
  });
}
