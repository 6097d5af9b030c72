import { Injectable } from '@nestjs/common';
import { DelayedError, Job } from 'bullmq';
import { DeliveryRequest } from '../delivery/delivery-request';
import { DeliveryBusyError, DeliveryService } from '../delivery/delivery.service';
import { ReminderJob } from '../queue/reminder-queue';
import { HandlesJob, JobHandler } from './job-handler';

/** One reminder to one person, on each of their channels. */
@Injectable()
@HandlesJob(ReminderJob.Deliver)
export class DeliverJob implements JobHandler<DeliveryRequest> {
  constructor(private readonly deliveries: DeliveryService) {}

  async handle(data: DeliveryRequest, job: Job<DeliveryRequest>): Promise<void> {
    try {
      await this.deliveries.deliver(data);
    } catch (error) {
      if (!(error instanceof DeliveryBusyError)) throw error;
      // Another send holds a channel: wait for it as a delayed job, which spends no attempt.
      await job.moveToDelayed(Date.now() + error.retryInMs, job.token);
      throw new DelayedError(error.message);
    }
  }
}
