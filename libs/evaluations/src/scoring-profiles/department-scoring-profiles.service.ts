import { AuthUser, canSeeDepartment } from '@jixiao/people';
import { DomainError, notFound } from '@jixiao/platform';
import {
  configureProfile,
  DEFAULT_PROFILE_ID,
  ProfileSettings,
  ScoringProfile,
  ScoringProfileId,
  ScoringValidationError,
} from '@jixiao/scoring';
import { Department } from '@jixiao/targets';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { EvaluationAudit } from '../audit/evaluation-audit';
import { DepartmentScoringProfile } from '../entities';
import { scoringRefused } from '../evaluation-error';
import { YearRescore } from '../rescore/year-rescore';
import { ScoringProfileSetting, SetScoringProfileResult } from './scoring-profile.view';

export type { ScoringProfileSetting, SetScoringProfileResult };

export interface SetScoringProfileRequest {
  version: number;
  profile: ScoringProfileId;
  settings?: ProfileSettings;
}

/**
 * The profile a new evaluation of this department and year is scored with: the department's choice, else
 * the default (jinkouhe). A fresh copy: the evaluation stores it, so a later change does not move it.
 */
export async function departmentProfile(
  manager: EntityManager,
  departmentId: string,
  year: number,
): Promise<ScoringProfile> {
  const stored = await manager.findOne(DepartmentScoringProfile, { where: { departmentId, year } });
  return configured(stored?.profileId ?? DEFAULT_PROFILE_ID, stored?.settings).profile;
}

/**
 * 评分口径 per department and year: read by everyone who sees the department; set by an admin or a
 * manager of the department, which rescores the year's evaluations still being entered in the same
 * transaction (submitted and approved ones keep their stored profile).
 */
@Injectable()
export class DepartmentScoringProfiles {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: EvaluationAudit,
    private readonly yearRescore: YearRescore,
  ) {}

  async get(user: AuthUser, departmentId: string, year: number): Promise<ScoringProfileSetting> {
    const manager = this.dataSource.manager;
    await visibleDepartment(manager, user, departmentId, false);
    const stored = await manager.findOne(DepartmentScoringProfile, { where: { departmentId, year } });
    return view(departmentId, year, stored);
  }

  async set(
    user: AuthUser,
    departmentId: string,
    year: number,
    request: SetScoringProfileRequest,
  ): Promise<SetScoringProfileResult> {
    const event = {
      action: 'EVALUATION.SCORING_PROFILE',
      evaluationId: null,
      objectType: 'department_scoring_profile',
      after: { departmentId, year, profile: request.profile, settings: request.settings ?? {} },
    };
    return this.audit.attempt(user, event, () =>
      this.dataSource.transaction(async (manager) => {
        // The department row lock queues concurrent PUTs (also the first two, which find nothing stored).
        await visibleDepartment(manager, user, departmentId, true);
        const stored = await manager.findOne(DepartmentScoringProfile, { where: { departmentId, year } });
        const current = stored?.version ?? 0;
        if (request.version !== current) {
          throw new DomainError(
            'conflict',
            'SCORING_PROFILE.VERSION_CONFLICT',
            '评分口径已被他人修改，请刷新后重试',
            { departmentId, year, version: request.version, currentVersion: current },
          );
        }
        const { profile, settings } = configured(request.profile, request.settings);
        const columns = { profileId: request.profile, settings, updatedBy: user.id };
        if (stored) await manager.update(DepartmentScoringProfile, { id: stored.id }, columns);
        else await manager.insert(DepartmentScoringProfile, { departmentId, year, ...columns });
        const saved = await manager.findOneOrFail(DepartmentScoringProfile, {
          where: { departmentId, year },
        });
        const rescore = await this.yearRescore.runIn(manager, departmentId, year, {
          profile,
          editableOnly: true,
        });
        const result: SetScoringProfileResult = {
          setting: view(departmentId, year, saved),
          rescore: {
            rescored: rescore.evaluations,
            changedTotals: rescore.changedTotals,
            refused: rescore.refused,
            kept: { submitted: rescore.kept.submitted ?? 0, approved: rescore.kept.approved ?? 0 },
            note: '草稿和已退回的自评已按新口径重新计分；已提交待审核和已审核通过（锁定）的自评保留原评分口径',
          },
        };
        await this.audit.success(manager, user, {
          ...event,
          objectId: saved.id,
          before: stored
            ? { profile: stored.profileId, settings: stored.settings, version: stored.version }
            : null,
          after: { ...event.after, settings, version: saved.version, rescore: result.rescore },
        });
        return result;
      }),
    );
  }
}

function configured(id: ScoringProfileId, settings: ProfileSettings = {}) {
  try {
    return configureProfile(id, settings);
  } catch (error) {
    if (error instanceof ScoringValidationError) throw scoringRefused(error);
    throw error;
  }
}

async function visibleDepartment(
  manager: EntityManager,
  user: AuthUser,
  departmentId: string,
  lock: boolean,
): Promise<void> {
  const department = await manager.findOne(Department, {
    where: { id: departmentId },
    ...(lock ? { lock: { mode: 'for_no_key_update' as const } } : {}),
  });
  if (!department || !canSeeDepartment(user, department.id))
    throw notFound('DEPARTMENT', departmentId, '部门');
}

function view(
  departmentId: string,
  year: number,
  stored: DepartmentScoringProfile | null,
): ScoringProfileSetting {
  const id = stored?.profileId ?? DEFAULT_PROFILE_ID;
  const { profile, settings } = configured(id, stored?.settings);
  return {
    departmentId,
    year,
    source: stored ? 'stored' : 'default',
    profile: id,
    title: profile.title,
    settings,
    version: stored?.version ?? 0,
    updatedBy: stored?.updatedBy ?? null,
    updatedAt: stored?.updatedAt.toISOString() ?? null,
  };
}
