import { createHash } from 'node:crypto';
import type { ChannelName, ReminderKind, ReminderMessage } from './reminder-message';

/** One reminder for one person: what a delivery job carries. */
export interface DeliveryRequest {
  recipientId: string;
  item: string;
  period: string;
  kind: ReminderKind;
  message: ReminderMessage;
  /** Only these channels (an admin's retry of one failed delivery); default: the recipient's. */
  channels?: ChannelName[];
}

/**
 * The job id of a delivery: the same (recipient, item, period, kind) always gives the same id, so
 * two runs or two workers enqueueing it make one job. (BullMQ ids may not contain ':'; a hash also
 * keeps the id short whatever the item.)
 */
export function deliveryJobId(
  request: Pick<DeliveryRequest, 'recipientId' | 'item' | 'period' | 'kind'>,
): string {
  const key = [request.recipientId, request.item, request.period, request.kind].join('\u0000');
  return `deliver-${createHash('sha1').update(key).digest('hex')}`;
}
