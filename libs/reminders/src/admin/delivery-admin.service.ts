import { audited, auditSuccess } from '@jixiao/people';
import { DomainError, notFound } from '@jixiao/platform';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { DeliveryRequest } from '../delivery/delivery-request';
import { DeliveryStatus, ReminderDelivery } from '../delivery/reminder-delivery.entity';
import { ReminderJob } from '../queue/reminder-queue';
import { ReminderQueues } from '../queue/reminder-queues';

/** Failed deliveries (with their error) for admins, and their retry. */
@Injectable()
export class DeliveryAdminService {
  constructor(
    @InjectRepository(ReminderDelivery) private readonly deliveries: Repository<ReminderDelivery>,
    private readonly queues: ReminderQueues,
  ) {}

  async list(
    status: DeliveryStatus,
    limit: number,
    offset: number,
  ): Promise<{ items: ReminderDelivery[]; total: number }> {
    const [items, total] = await this.deliveries.findAndCount({
      where: { status },
      order: { createdAt: 'DESC', id: 'ASC' },
      take: limit,
      skip: offset,
    });
    return { items, total };
  }

  /** Enqueues the delivery again on its one channel; 409 unless it failed, 503 without Redis. */
  async retry(id: string): Promise<void> {
    const event = { action: 'REMINDER_DELIVERY.RETRY', objectType: 'REMINDER_DELIVERY', objectId: id };
    await audited(this.deliveries.manager, event, async () => {
      const delivery = await this.deliveries.findOneBy({ id });
      if (!delivery) throw notFound('REMINDER_DELIVERY', id, '提醒记录');
      if (delivery.status !== 'failed') {
        throw new DomainError('conflict', 'REMINDER_DELIVERY.NOT_FAILED', '只能重发失败的提醒', {
          id,
          status: delivery.status,
        });
      }
      const request: DeliveryRequest = {
        recipientId: delivery.recipientId,
        item: delivery.item,
        period: delivery.period,
        kind: delivery.kind,
        message: delivery.message,
        channels: [delivery.channel],
      };
      const jobId = `retry-${id}-${delivery.attempts}`;
      await this.queues.add({ name: ReminderJob.Deliver, data: request, jobId });
      // Nothing is written here (the worker records the new attempt), so the entry stands alone.
      await auditSuccess(this.deliveries.manager, {
        ...event,
        before: { status: delivery.status, attempts: delivery.attempts, channel: delivery.channel },
        after: { queued: jobId },
      });
    });
  }
}
