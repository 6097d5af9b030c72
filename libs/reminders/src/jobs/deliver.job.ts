import { Injectable } from '@nestjs/common';
import { DeliveryRequest } from '../delivery/delivery-request';
import { DeliveryService } from '../delivery/delivery.service';
import { ReminderJob } from '../queue/reminder-queue';
import { HandlesJob, JobHandler } from './job-handler';

/** One reminder to one person, on each of their channels. */
@Injectable()
@HandlesJob(ReminderJob.Deliver)
export class DeliverJob implements JobHandler<DeliveryRequest> {
  constructor(private readonly deliveries: DeliveryService) {}

  async handle(data: DeliveryRequest): Promise<void> {
    await this.deliveries.deliver(data);
  }
}
