import { ReminderJob } from '../queue/reminder-queue';

/**
 * Handlers by job name, refusing a job name with no handler or with two (the worker must not start
 * and then leave jobs failing one by one, or run one of two handlers at random).
 */
export function jobHandlerTable<H>(
  found: Array<{ name: string; handler: H; owner: string }>,
): Map<ReminderJob, H> {
  const problems: string[] = [];
  const known = new Set<string>(Object.values(ReminderJob));
  const table = new Map<ReminderJob, H>();
  const owners = new Map<string, string[]>();
  for (const { name, owner } of found) owners.set(name, [...(owners.get(name) ?? []), owner]);
  for (const [name, list] of owners) {
    if (!known.has(name)) problems.push(`${list.join(', ')} handle(s) unknown job "${name}"`);
    else if (list.length > 1) problems.push(`job "${name}" has ${list.length} handlers: ${list.join(', ')}`);
  }
  for (const name of Object.values(ReminderJob)) {
    if (!owners.has(name)) problems.push(`job "${name}" has no handler`);
  }
  if (problems.length > 0) throw new Error(`reminder job handlers: ${problems.join('; ')}`);
  for (const { name, handler } of found) table.set(name as ReminderJob, handler);
  return table;
}
