import { Decimal } from '@jixiao/decimal';
import { Flag, FlagCode } from '@jixiao/monitoring';
import { EntityManager } from 'typeorm';
// Types only, and the entity by name: this file (and its unit test) never loads the database library.
import type { ExecutionFlag, FlagSubject } from '../entities';
import { flagColour } from './flag-colour';
import { FlagChanges } from './flag-changes';
import { flagFingerprint } from './flag-fingerprint';

export interface FlagSubjectRef {
  subject: FlagSubject;
  subjectId: string;
  departmentId: string;
  unitId: string | null;
  projectId: string | null;
  fiscalYear: number;
}

/**
 * Brings the stored flags of one subject in line with the ones just computed, for the codes this
 * computation is responsible for:
 * - a finding that persists keeps its flag (and its answer); only severity, colour and figures move;
 * - a new finding opens a flag, unless a reviewer closed the very same finding (same fingerprint);
 * - a current flag whose finding no longer holds is closed automatically, with a note.
 * - every flag of the subject follows it to its current unit and department (a project moved to another
 *   unit takes its flags along, closed ones included, so scopes and lists see them where the project is).
 * `existing` holds every flag of the subject and year, newest first.
 */
export async function syncFlags(
  manager: EntityManager,
  ref: FlagSubjectRef,
  codes: readonly FlagCode[],
  existing: readonly ExecutionFlag[],
  computed: readonly Flag[],
  now: Date,
  today: string,
): Promise<FlagChanges> {
  const changes: FlagChanges = { opened: [], updated: [], closed: [] };
  const moved = new Set<ExecutionFlag>();
  for (const flag of existing) {
    if (flag.unitId === ref.unitId && flag.departmentId === ref.departmentId) continue;
    Object.assign(flag, { unitId: ref.unitId, departmentId: ref.departmentId });
    moved.add(flag);
  }
  const current = new Map(existing.filter((f) => f.status !== 'closed').map((f) => [f.code, f]));

  for (const flag of computed) {
    const stored = current.get(flag.code);
    current.delete(flag.code);
    if (stored) {
      if (flagFingerprint(stored.figures) === flagFingerprint(flag) && stored.message === flag.message)
        continue;
      Object.assign(stored, figuresOf(flag));
      moved.delete(stored);
      changes.updated.push(await manager.save(stored));
      continue;
    }
    // The latest closed flag of the code: if a reviewer closed this very finding, it stays closed.
    const last = existing.find((f) => f.code === flag.code);
    if (last?.closedBy && flagFingerprint(last.figures) === flagFingerprint(flag)) continue;
    const opened = manager.getRepository<ExecutionFlag>('ExecutionFlag').create({
      ...ref,
      ...figuresOf(flag),
      status: 'open',
      reason: null,
      measure: null,
      correctiveAction: null,
      answeredBy: null,
      answeredAt: null,
      closedBy: null,
      closedAt: null,
      closingNote: null,
    });
    changes.opened.push(await manager.save(opened));
  }

  for (const stale of current.values()) {
    if (!codes.includes(stale.code)) continue;
    stale.status = 'closed';
    stale.closedAt = now;
    stale.closedBy = null;
    stale.closingNote = `${today} 重新计算后该预警不再成立，已自动关闭`;
    moved.delete(stale);
    changes.closed.push(await manager.save(stale));
  }

  for (const flag of moved) {
    const saved = await manager.save(flag);
    if (saved.status !== 'closed') changes.updated.push(saved);
  }
  return changes;
}

function figuresOf(
  flag: Flag,
): Pick<ExecutionFlag, 'code' | 'severity' | 'colour' | 'rate' | 'message' | 'figures'> {
  const rate = 'rate' in flag && typeof flag.rate === 'string' ? Decimal.parse(flag.rate) : null;
  return {
    code: flag.code,
    severity: flag.severity,
    colour: flagColour(flag),
    rate,
    message: flag.message,
    figures: { ...flag },
  };
}
