import { FlagCode, Severity } from '@jixiao/monitoring';
import { FlagColour, FlagStatus } from '../entities';

export const FLAG_SORTS = ['severity', 'rate', 'createdAt', 'code', 'project'] as const;
export type FlagSort = (typeof FLAG_SORTS)[number];

/** Filters of the flag list; all optional. */
export interface FlagFilter {
  fiscalYear?: number;
  departmentId?: string;
  unitId?: string;
  projectId?: string;
  code?: FlagCode;
  severity?: Severity;
  colour?: FlagColour;
  status?: FlagStatus;
  /** Flags opened at or after this instant: what a reminder job asks for. */
  openedSince?: Date;
}

export interface FlagPage {
  sort?: FlagSort;
  order?: 'asc' | 'desc';
  page?: number;
  pageSize?: number;
}

/** The SQL ordering of each sort key; the id makes every order total, so pages never overlap. */
export const FLAG_ORDER: Record<FlagSort, string> = {
  severity: `CASE f.severity WHEN 'severe' THEN 3 WHEN 'moderate' THEN 2 ELSE 1 END`,
  rate: 'f.rate',
  createdAt: 'f.created_at',
  code: 'f.code',
  project: 'p.name',
};
