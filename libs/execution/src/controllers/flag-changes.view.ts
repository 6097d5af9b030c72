import type { FlagCode, Severity } from '@jixiao/monitoring';
import type { FlagColour, FlagStatus } from '../entities/execution-flag.entity';
import { FlagChanges } from '../flags/flag-changes';
import { FlagView } from '../flags/flag.view';

/** A flag a write opened, updated or closed. */
export class FlagBrief {
  id!: string;
  projectId!: string | null;
  code!: FlagCode;
  severity!: Severity;
  colour!: FlagColour;
  status!: FlagStatus;
  message!: string;
}

/** What a write did to the flags. */
export class FlagChangesView {
  opened!: FlagBrief[];
  updated!: FlagBrief[];
  closed!: FlagBrief[];
}

/** 答复预警: the flag answered and what the recomputation did. */
export class FlagAnswerView {
  flag!: FlagView;
  changes!: FlagChangesView;
}

/** What a write did to the flags, as the API returns it. */
export function flagChangesView(changes: FlagChanges): FlagChangesView {
  const brief = (f: FlagChanges['opened'][number]): FlagBrief => ({
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
