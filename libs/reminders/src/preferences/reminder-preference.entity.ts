import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { ChannelName } from '../delivery/reminder-message';

/** 提醒方式: the channels one person chose, with the addresses they need. No row: in-app only. */
@Entity()
export class ReminderPreference {
  @PrimaryColumn('uuid')
  userId!: string;

  @Column({ type: 'varchar', length: 10, array: true })
  channels!: ChannelName[];

  @Column({ type: 'varchar', length: 254, nullable: true })
  email!: string | null;

  /** A robot's URL (企业微信/钉钉群机器人) or any endpoint that accepts a JSON POST. */
  @Column({ type: 'text', nullable: true })
  webhookUrl!: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
