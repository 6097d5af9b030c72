import { FlagChanges } from '../flags/flag-changes';

/** What a write did to the flags, as the API returns it. */
export function flagChangesView(changes: FlagChanges) {
  const brief = (f: FlagChanges['opened'][number]) => ({
    id: f.id,
    projectId: f.projectId,
    code: f.code,
    severity: f.severity,
    colour: f.colour,
    status: f.status,
    message: f.message,
  });
  return {
    opened: changes.opened.map(brief),
    updated: changes.updated.map(brief),
    closed: changes.closed.map(brief),
  };
}
