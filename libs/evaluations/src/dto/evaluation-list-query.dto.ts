import type { ReviewState } from '@jixiao/people';
import type { Grade } from '@jixiao/scoring';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { DepartmentYear } from './evaluation-requests.dto';

/** Spelled out here, not imported from the workflow: DTOs load before it (see the report list filter). */
const STATES: readonly ReviewState[] = ['draft', 'submitted', 'returned', 'approved'];
export const GRADES: readonly Grade[] = ['优', '良', '中', '差'];
export const EVALUATION_SORT_FIELDS = ['projectName', 'unitName', 'total', 'grade', 'state', 'executionRate', 'budget'] as const;
export type EvaluationSortField = (typeof EVALUATION_SORT_FIELDS)[number];
/** `sort=total:desc`: a field and a direction. */
export const EVALUATION_SORTS = EVALUATION_SORT_FIELDS.flatMap((field) => [`${field}:asc`, `${field}:desc`]);

/** GET /evaluations: a department's year, filtered, sorted and paged; the roll-up covers every page. */
export class EvaluationListQuery extends DepartmentYear {
  /** 状态 */
  @IsOptional()
  @IsIn(STATES)
  state?: ReviewState;

  /** 单位 */
  @IsOptional()
  @IsUUID()
  unitId?: string;

  /** 等级 */
  @IsOptional()
  @IsIn(GRADES)
  grade?: Grade;

  /** project name contains (case-insensitive) */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  /**
   * `field:asc|desc`; default projectName:asc
   * @example "total:desc"
   */
  @IsOptional()
  @IsIn(EVALUATION_SORTS)
  sort?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page: number = 1;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  pageSize: number = 50;
}
