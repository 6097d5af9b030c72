import type { ScoringProfileId } from '@jixiao/scoring';
import { ScoringSettingsDto } from '../dto/evaluation-requests.dto';

/** 评分口径 of a department's year, as the API shows it. */
export class ScoringProfileSetting {
  departmentId!: string;
  year!: number;
  /** stored: chosen for this department and year; default: nothing chosen, so jinkouhe applies. */
  source!: 'stored' | 'default';
  profile!: ScoringProfileId;
  /** @example "金口河区自评口径" */
  title!: string;
  /** The profile's settings in full (jinkouhe has none). */
  settings!: ScoringSettingsDto;
  /** 0 while nothing is stored; a PUT sends back the version it read. */
  version!: number;
  updatedBy!: string | null;
  updatedAt!: string | null;
}

/** An evaluation the engine refused under the new profile: it keeps its profile and scores. */
export class RefusedRescore {
  id!: string;
  projectName!: string;
  code!: string;
  message!: string;
}

export class KeptEvaluations {
  submitted!: number;
  approved!: number;
}

/** What choosing a profile did to the department-year's evaluations. */
export class ProfileRescore {
  /** draft and returned evaluations rescored with the new profile */
  rescored!: number;
  changedTotals!: number;
  refused!: RefusedRescore[];
  /** Submitted (under review) and approved (locked) evaluations keep the profile they were scored with. */
  kept!: KeptEvaluations;
  note!: string;
}

export class SetScoringProfileResult {
  setting!: ScoringProfileSetting;
  rescore!: ProfileRescore;
}
