import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ChannelName, ReminderKind, ReminderMessage } from './reminder-message';

/**
 * sending: claimed by a worker (until claimedAt + lease); sent: done; failed: the last attempt's error
 * is kept, and a retry (automatic, or an admin's) claims it again.
 */
export type DeliveryStatus = 'sending' | 'sent' | 'failed';

/**
 * One reminder to one person on one channel. The unique key (recipient, item, period, kind, channel)
 * is what makes a reminder go out once: a worker inserts the row before sending, and a second
 * worker, a retry or a repeated run finds it there. In-app rows are also the notifications list.
 */
@Entity()
@Index('uq_reminder_delivery_key', ['recipientId', 'item', 'period', 'kind', 'channel'], { unique: true })
@Index('ix_reminder_delivery_inbox', ['recipientId', 'channel', 'createdAt'])
@Index('ix_reminder_delivery_status', ['status', 'createdAt'])
export class ReminderDelivery {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  recipientId!: string;

  /** What it is about: `<calendar id>/<deadline key>`, an evaluation id, a flag id. */
  @Column({ type: 'varchar', length: 200 })
  item!: string;

  /** Which occurrence: `T-7`, `escalation`, the submission's instant, the fiscal year. */
  @Column({ type: 'varchar', length: 64 })
  period!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: ReminderKind;

  @Column({ type: 'varchar', length: 10 })
  channel!: ChannelName;

  @Column({ type: 'varchar', length: 10 })
  status!: DeliveryStatus;

  @Column({ type: 'jsonb' })
  message!: ReminderMessage;

  /** Sends tried so far. */
  @Column({ type: 'int', default: 1 })
  attempts!: number;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @Column({ type: 'timestamptz' })
  claimedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  /** In-app only: when the recipient read it. */
  @Column({ type: 'timestamptz', nullable: true })
  readAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
