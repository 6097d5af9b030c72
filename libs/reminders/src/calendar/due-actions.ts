import { CalendarDay, daysBetween } from './calendar-day';
import { CalendarDeadline } from './calendar-deadline';

/** What a calendar asks for on one day. */
export type DueAction =
  | { type: 'reminder'; deadline: CalendarDeadline; leadDays: number }
  | { type: 'escalation'; deadline: CalendarDeadline; daysLate: number };

export interface CalendarRules {
  deadlines: CalendarDeadline[];
  /** Days before a deadline on which the people who still owe it are reminded, e.g. [7, 1]. */
  leadDays: number[];
  /** Days after a deadline on which what is still missing goes to the managers (催办升级). */
  escalationDays: number;
}

/**
 * The reminders and escalations due on `today`. A run that was missed (worker or Redis down) is
 * caught up on the next run: the latest lead time already reached is due until the deadline, and the
 * escalation is due on every day from the escalation day on. Each has its own key, so what was
 * already sent is never sent again and a late run sends only what is still news.
 */
export function dueActions(rules: CalendarRules, today: CalendarDay): DueAction[] {
  const actions: DueAction[] = [];
  const leads = [...new Set(rules.leadDays)].sort((a, b) => a - b);
  for (const deadline of rules.deadlines) {
    const daysLeft = daysBetween(today, deadline.dueDate);
    if (daysLeft >= 0) {
      const reached = leads.find((lead) => lead >= daysLeft);
      if (reached !== undefined) actions.push({ type: 'reminder', deadline, leadDays: reached });
    } else if (-daysLeft >= rules.escalationDays) {
      actions.push({ type: 'escalation', deadline, daysLate: -daysLeft });
    }
  }
  return actions;
}
