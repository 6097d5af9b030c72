import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { CalendarDeadline } from './calendar-deadline';

/**
 * 提醒日历: one department's reminder calendar for one fiscal year — its deadlines (monitoring
 * checkpoints, the self-evaluation deadline), lead times and escalation delay. Data, not code.
 */
@Entity()
@Index('uq_reminder_calendar_year', ['departmentId', 'year'], { unique: true })
export class ReminderCalendar {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  departmentId!: string;

  /** The fiscal year the deadlines are about (a self-evaluation deadline falls in the next year). */
  @Column({ type: 'int' })
  year!: number;

  @Column({ type: 'varchar', length: 64, default: 'Asia/Shanghai' })
  timeZone!: string;

  @Column({ type: 'jsonb' })
  deadlines!: CalendarDeadline[];

  /** Days before a deadline on which those who owe it are reminded, e.g. {7,1}. */
  @Column({ type: 'int', array: true })
  leadDays!: number[];

  /** Days after a deadline on which what is missing is escalated to the department's managers. */
  @Column({ type: 'int' })
  escalationDays!: number;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
