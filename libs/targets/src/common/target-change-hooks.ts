import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** What a write to the targets changed, for whatever derives from them (execution flags). */
export interface TargetsChanged {
  /** Projects whose own fields (budget, unit, …) may have changed. */
  projectIds: readonly string[];
  /** Departments and years whose totals may have changed (project budgets, the department table). */
  departments: readonly { departmentId: string; fiscalYear: number }[];
}

export type TargetsChangedListener = (manager: EntityManager, change: TargetsChanged) => Promise<void>;

/**
 * Where other modules hook into writes to the targets, so this module never imports them (execution
 * depends on targets, not the other way). Listeners run inside the writing transaction, and a failing
 * one rolls the write back: what they derive must never lag behind the data. Register in `onModuleInit`.
 */
@Injectable()
export class TargetChangeHooks {
  private readonly listeners: TargetsChangedListener[] = [];

  onChange(listener: TargetsChangedListener): void {
    this.listeners.push(listener);
  }

  async changed(manager: EntityManager, change: TargetsChanged): Promise<void> {
    if (change.projectIds.length === 0 && change.departments.length === 0) return;
    for (const listener of this.listeners) await listener(manager, change);
  }
}
