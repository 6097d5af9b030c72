import dayjs from 'dayjs';
import type { ProjectHistory } from '../../features/execution/dashboard.queries';

export const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

export const cellKey = (projectId: string, month: number) => `${projectId}:${month}`;

/** 截至日期 of a month's figure: the month's last day, or today in the current month (never a future day). */
export function asOfOf(year: number, month: number, today = dayjs()): string | null {
  const end = dayjs(`${year}-${String(month).padStart(2, '0')}-01`).endOf('month');
  if (end.isBefore(today, 'day')) return end.format('YYYY-MM-DD');
  if (end.isSame(today, 'month')) return today.format('YYYY-MM-DD');
  return null;
}

/** The cumulative amount (累计执行数) recorded in each month: the month's latest record. */
export function monthlyAmounts(history: ProjectHistory | undefined): Map<number, string> {
  const byMonth = new Map<number, string>();
  for (const record of history?.records ?? []) byMonth.set(Number(record.asOf.slice(5, 7)), record.executed);
  return byMonth;
}
