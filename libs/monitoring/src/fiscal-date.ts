import { MonitoringError } from './monitoring-error';

/**
 * Dates are calendar days in China (Asia/Shanghai, UTC+8 all year: no daylight saving since 1991),
 * written `YYYY-MM-DD`. An instant near midnight UTC belongs to the next Shanghai day
 * (2024-04-30T16:30Z is 2024-05-01), so instants are converted explicitly, never through the host time zone.
 */
export interface CalendarDate {
  year: number;
  month: number; // 1–12
  day: number;
}

/** Where "now" comes from; injected so logic and tests never read the system clock themselves. */
export interface Clock {
  now(): Date;
}

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The Shanghai calendar date of an instant, as `YYYY-MM-DD`. */
export function shanghaiDate(instant: Date): string {
  const time = instant.getTime();
  if (Number.isNaN(time)) throw new MonitoringError('INVALID_DATE', '无效的时间', 'asOf');
  const shifted = new Date(time + SHANGHAI_OFFSET_MS);
  return formatDate({
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
  });
}

/** Today in Shanghai according to the injected clock. */
export function todayInShanghai(clock: Clock): string {
  return shanghaiDate(clock.now());
}

/** Parses a strict `YYYY-MM-DD` that names a real day (2024-02-29 yes, 2023-02-29 no). */
export function parseDate(text: string, field = 'asOf', index: number | null = null): CalendarDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const date = match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : null;
  if (
    !date ||
    date.month < 1 ||
    date.month > 12 ||
    date.day < 1 ||
    date.day > daysInMonth(date.year, date.month)
  ) {
    throw new MonitoringError(
      'INVALID_DATE',
      `${field} 不是有效日期（应为 YYYY-MM-DD）："${text}"`,
      field,
      index,
      text,
    );
  }
  return date;
}

export function formatDate({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC so the host time zone plays no part.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The last day of a month of the fiscal year (预算年度 = calendar year), e.g. 2024-04-30. */
export function monthEnd(year: number, month: number): string {
  return formatDate({ year, month, day: daysInMonth(year, month) });
}

/** The date, refused unless it lies in the fiscal year (1 January – 31 December). */
export function parseDateInFiscalYear(
  text: string,
  fiscalYear: number,
  field = 'asOf',
  index: number | null = null,
): CalendarDate {
  const date = parseDate(text, field, index);
  if (date.year !== fiscalYear) {
    throw new MonitoringError(
      'DATE_OUTSIDE_FISCAL_YEAR',
      `${field} ${text} 不在 ${fiscalYear} 预算年度内`,
      field,
      index,
      text,
    );
  }
  return date;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
