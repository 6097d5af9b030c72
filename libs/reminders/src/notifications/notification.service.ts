import { notFound } from '@jixiao/platform';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ReminderKind } from '../delivery/reminder-message';
import { NotificationPage, NotificationView } from './notification.view';

export type { NotificationPage, NotificationView };


/** 站内通知: a person's in-app deliveries, newest first. */
@Injectable()
export class NotificationService {
  constructor(private readonly dataSource: DataSource) {}

  async list(
    userId: string,
    options: { unreadOnly: boolean; limit: number; offset: number },
  ): Promise<NotificationPage> {
    const rows: Array<{
      id: string;
      kind: ReminderKind;
      message: { title: string; body: string; link?: string };
      created_at: Date;
      read_at: Date | null;
    }> = await this.dataSource.query(
      `SELECT id, kind, message, created_at, read_at FROM reminder_delivery
          WHERE recipient_id = $1 AND channel = 'in-app' AND ($2::boolean IS FALSE OR read_at IS NULL)
          ORDER BY created_at DESC, id LIMIT $3 OFFSET $4`,
      [userId, options.unreadOnly, options.limit, options.offset],
    );
    const [counts]: { total: string; unread: string }[] = await this.dataSource.query(
      `SELECT count(*) AS total, count(*) FILTER (WHERE read_at IS NULL) AS unread
         FROM reminder_delivery WHERE recipient_id = $1 AND channel = 'in-app'`,
      [userId],
    );
    return {
      items: rows.map((r) => ({
        id: r.id,
        kind: r.kind,
        title: r.message.title,
        body: r.message.body,
        link: r.message.link ?? null,
        createdAt: r.created_at,
        readAt: r.read_at,
      })),
      total: options.unreadOnly ? Number(counts.unread) : Number(counts.total),
      unread: Number(counts.unread),
    };
  }

  async unreadCount(userId: string): Promise<number> {
    const [row]: { unread: string }[] = await this.dataSource.query(
      `SELECT count(*) AS unread FROM reminder_delivery WHERE recipient_id = $1 AND channel = 'in-app' AND read_at IS NULL`,
      [userId],
    );
    return Number(row.unread);
  }

  /** Someone else's notification does not exist (404). Marking twice keeps the first reading time. */
  async markRead(userId: string, id: string): Promise<void> {
    const [rows]: [unknown[], number] = await this.dataSource.query(
      `UPDATE reminder_delivery SET read_at = COALESCE(read_at, now())
        WHERE id = $1 AND recipient_id = $2 AND channel = 'in-app' RETURNING id`,
      [id, userId],
    );
    if (rows.length === 0) throw notFound('NOTIFICATION', id, '通知');
  }

  async markAllRead(userId: string): Promise<number> {
    const [, count]: [unknown[], number] = await this.dataSource.query(
      `UPDATE reminder_delivery SET read_at = now() WHERE recipient_id = $1 AND channel = 'in-app' AND read_at IS NULL`,
      [userId],
    );
    return count;
  }
}
