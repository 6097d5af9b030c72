import { ExecutionFlag } from '../entities';

/** What a recomputation did: flags opened (new findings), updated (same finding, new figures), closed (no longer holds). */
export interface FlagChanges {
  opened: ExecutionFlag[];
  updated: ExecutionFlag[];
  closed: ExecutionFlag[];
}

/** How many flags a write opened, updated and closed: what its audit entry keeps. */
export const flagCounts = (changes: FlagChanges) => ({
  opened: changes.opened.length,
  updated: changes.updated.length,
  closed: changes.closed.length,
});

export const noFlagChanges = (): FlagChanges => ({ opened: [], updated: [], closed: [] });

export function mergeFlagChanges(into: FlagChanges, more: FlagChanges): FlagChanges {
  into.opened.push(...more.opened);
  into.updated.push(...more.updated);
  into.closed.push(...more.closed);
  return into;
}
