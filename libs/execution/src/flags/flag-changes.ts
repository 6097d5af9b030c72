import { ExecutionFlag } from '../entities';

/** What a recomputation did: flags opened (new findings), updated (same finding, new figures), closed (no longer holds). */
export interface FlagChanges {
  opened: ExecutionFlag[];
  updated: ExecutionFlag[];
  closed: ExecutionFlag[];
}

export const noFlagChanges = (): FlagChanges => ({ opened: [], updated: [], closed: [] });

export function mergeFlagChanges(into: FlagChanges, more: FlagChanges): FlagChanges {
  into.opened.push(...more.opened);
  into.updated.push(...more.updated);
  into.closed.push(...more.closed);
  return into;
}
