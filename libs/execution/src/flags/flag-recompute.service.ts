import { Clock, FlagCode, reconcile, todayInShanghai } from '@jixiao/monitoring';
import { BudgetUnit, Department, Project, StatedTotal, TargetsChanged } from '@jixiao/targets';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { CLOCK } from '../clock';
import { ExecutionFlag, ExecutionRecord } from '../entities';
import { evaluateProject } from '../evaluation/project-evaluation';
import { lockProjects } from '../records/project-lock';
import { RuleSetsService } from '../rule-sets/rule-sets.service';
import { FlagChanges, mergeFlagChanges, noFlagChanges } from './flag-changes';
import { FlagEvents } from './flag-events';
import { syncFlags } from './flag-sync';

/** The codes a project's execution produces; UNRECONCILED belongs to the department or a unit. */
const PROJECT_CODES: readonly FlagCode[] = [
  'LAGGING',
  'UNDER_EXECUTED',
  'OVER_EXECUTED',
  'NO_BUDGET',
  'REASON_MISSING',
  'REASON_TOO_LONG',
];
const RECONCILE_CODES: readonly FlagCode[] = ['UNRECONCILED'];
/** Flags whose answer is the written reason (原因说明) for a shortfall. */
const REASON_CODES: readonly FlagCode[] = ['UNDER_EXECUTED', 'REASON_MISSING'];

/**
 * Keeps the flags current: recomputes them from the records, the project budgets and the rule set, and
 * syncs the stored flags (see syncFlags). Always runs inside the caller's transaction, so a change to the
 * data and the flags it implies are committed together; the flags it opens are announced once that commits.
 */
@Injectable()
export class FlagRecomputeService {
  constructor(
    private readonly ruleSets: RuleSetsService,
    @Inject(CLOCK) private readonly clock: Clock,
    // Optional: built by hand (the benchmark), nothing is announced.
    @Optional() private readonly events?: FlagEvents,
  ) {}

  /** After a write to the targets (a budget edit, a unit move, an import): the flags it affects. */
  async recomputeTargets(manager: EntityManager, change: TargetsChanged): Promise<FlagChanges> {
    const changes = await this.recomputeProjects(manager, change.projectIds);
    for (const { departmentId, fiscalYear } of change.departments)
      mergeFlagChanges(changes, await this.reconcileDepartment(manager, departmentId, fiscalYear));
    return changes;
  }

  /** Recomputes the execution flags of these projects (loaded in a few set-based queries). */
  async recomputeProjects(manager: EntityManager, projectIds: readonly string[]): Promise<FlagChanges> {
    const changes = noFlagChanges();
    if (projectIds.length === 0) return changes;
    const ids = [...new Set(projectIds)];
    // One after the other: a transaction's connection runs one query at a time.
    const projects = await lockProjects(manager, ids);
    const records = await manager.find(ExecutionRecord, {
      where: { projectId: In(ids) },
      order: { asOf: 'ASC' },
    });
    const flags = await manager.find(ExecutionFlag, {
      where: { subjectId: In(ids) },
      order: { createdAt: 'DESC' },
    });
    const now = this.clock.now();
    const today = todayInShanghai(this.clock);
    const ruleSets = new Map<string, Awaited<ReturnType<RuleSetsService['resolve']>>>();
    for (const project of projects) {
      const key = `${project.departmentId}|${project.fiscalYear}`;
      if (!ruleSets.has(key))
        ruleSets.set(key, await this.ruleSets.resolve(manager, project.departmentId, project.fiscalYear));
      const existing = flags.filter((f) => f.subjectId === project.id && f.fiscalYear === project.fiscalYear);
      const evaluation = evaluateProject({
        fiscalYear: project.fiscalYear,
        budget: project.budget,
        records: records.filter((r) => r.projectId === project.id),
        today,
        ruleSet: ruleSets.get(key)!.ruleSet,
        writtenReason: writtenReason(existing),
      });
      const ref = {
        subject: 'project' as const,
        subjectId: project.id,
        departmentId: project.departmentId,
        unitId: project.unitId,
        projectId: project.id,
        fiscalYear: project.fiscalYear,
      };
      mergeFlagChanges(
        changes,
        await syncFlags(manager, ref, PROJECT_CODES, existing, evaluation?.flags ?? [], now, today),
      );
    }
    await this.events?.openedAfterCommit(manager, changes.opened);
    return changes;
  }

  /**
   * Every project of a department and year, and its UNRECONCILED checks. Call after a
   * change that touches them all: a new rule set, an import of targets, or daily as 序时进度 advances.
   */
  async recomputeDepartment(
    manager: EntityManager,
    departmentId: string,
    fiscalYear: number,
  ): Promise<FlagChanges> {
    const projects = await manager.find(Project, {
      where: { departmentId, fiscalYear },
      select: { id: true },
    });
    const changes = await this.recomputeProjects(
      manager,
      projects.map((p) => p.id),
    );
    return mergeFlagChanges(changes, await this.reconcileDepartment(manager, departmentId, fiscalYear));
  }

  /**
   * UNRECONCILED (合计核对) for a department and year: its projects' budgets against the total its documents
   * state (`开展绩效管理的项目 27 个，涉及预算 1672.81 万元`), and each unit's projects against the unit's stated
   * total (Leshan's 部门收入总表). A flag per subject, kept on the department or the unit; a subject whose
   * statement is gone has its flag closed.
   */
  async reconcileDepartment(
    manager: EntityManager,
    departmentId: string,
    fiscalYear: number,
  ): Promise<FlagChanges> {
    // Two edits to different projects of a department must not both open the same UNRECONCILED flag.
    // Taken after any project locks, as every caller does, so the order is always projects first.
    await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
      `flags:${departmentId}:${fiscalYear}`,
    ]);
    const projects = await manager.find(Project, {
      where: { departmentId, fiscalYear },
      select: { id: true, name: true, budget: true, code: true, unitId: true },
    });
    const department = await manager.findOneOrFail(Department, { where: { id: departmentId } });
    const stated = await manager.find(StatedTotal, { where: { departmentId, fiscalYear } });
    const existing = await manager.find(ExecutionFlag, {
      where: { departmentId, fiscalYear, subject: In(['department', 'unit']) },
      order: { createdAt: 'DESC' },
    });
    const unitIds = new Set([
      ...stated.flatMap((s) => (s.unitId ? [s.unitId] : [])),
      ...existing.flatMap((f) => (f.subject === 'unit' ? [f.subjectId] : [])),
    ]);
    const names = new Map(
      (await manager.find(BudgetUnit, { where: { id: In([...unitIds]) } })).map((u) => [u.id, u.name]),
    );
    // A unit deleted since its flag opened has no statement left: its flag is closed like any other.
    const subjects = [
      { unitId: null, label: `${department.name} ${fiscalYear} 年开展绩效管理的项目` },
      ...[...unitIds].map((unitId) => ({
        unitId,
        label: `${names.get(unitId) ?? unitId} ${fiscalYear} 年项目`,
      })),
    ];
    const changes = noFlagChanges();
    const now = this.clock.now();
    const today = todayInShanghai(this.clock);
    for (const { unitId, label } of subjects) {
      const statement = stated.find((s) => s.unitId === unitId);
      const items = projects.filter((p) => unitId === null || p.unitId === unitId);
      const flag =
        statement &&
        reconcile(
          items.map((p) => ({ key: p.code ?? p.name, budget: p.budget })),
          {
            label,
            budget: statement.budget,
            ...(statement.sourceLine === null ? {} : { line: statement.sourceLine }),
            ...(statement.projects === null ? {} : { items: statement.projects }),
          },
        );
      const subjectId = unitId ?? departmentId;
      const ref = {
        subject: unitId === null ? ('department' as const) : ('unit' as const),
        subjectId,
        departmentId,
        unitId,
        projectId: null,
        fiscalYear,
      };
      const own = existing.filter((f) => f.subjectId === subjectId);
      mergeFlagChanges(
        changes,
        await syncFlags(manager, ref, RECONCILE_CODES, own, flag ? [flag] : [], now, today),
      );
    }
    await this.events?.openedAfterCommit(manager, changes.opened);
    return changes;
  }
}

/** The latest reason staff wrote on the project's shortfall flags, whatever their status. */
function writtenReason(flags: readonly ExecutionFlag[]): string | null {
  const answered = flags
    .filter((f) => REASON_CODES.includes(f.code) && f.reason && f.answeredAt)
    .sort((a, b) => b.answeredAt!.getTime() - a.answeredAt!.getTime());
  return answered[0]?.reason ?? null;
}
