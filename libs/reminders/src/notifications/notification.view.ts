import type { ReminderKind } from '../delivery/reminder-message';

/** 站内通知 */
export class NotificationView {
  id!: string;
  kind!: ReminderKind;
  /** @example "自评已退回" */
  title!: string;
  body!: string;
  /** where the web app takes the reader */
  link!: string | null;
  createdAt!: Date;
  readAt!: Date | null;
}

export class NotificationPage {
  items!: NotificationView[];
  total!: number;
  unread!: number;
}

export class UnreadCount {
  unread!: number;
}

export class MarkedCount {
  marked!: number;
}
