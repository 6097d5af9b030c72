import type { ReminderKind } from '../delivery/reminder-message';

/** Where a notification leads: the API resource and the web app's page for it. */
export class NotificationLink {
  /** @example "/api/evaluations/6f1c2a9e-0000-4000-8000-000000000001" */
  api!: string;
  /** @example "/evaluations/6f1c2a9e-0000-4000-8000-000000000001" */
  web!: string;
}

/** 站内通知 */
export class NotificationView {
  id!: string;
  kind!: ReminderKind;
  /** @example "自评已退回" */
  title!: string;
  body!: string;
  /** the API resource and the web app's page it is about */
  link!: NotificationLink | null;
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
