import { ReviewTransitionDto } from '@jixiao/people';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { IsDecimalString } from './decimal-string';

export const PROFILE_IDS = ['jinkouhe', 'standard'] as const;
export type ProfileIdDto = (typeof PROFILE_IDS)[number];

/**
 * Nothing to choose: a new evaluation is scored with its department's 评分口径 for the year
 * (PUT /departments/:departmentId/scoring-profiles/:year); staff may change one evaluation's afterwards.
 */
export class OpenEvaluationDto {}

export const REVERSE_RULES = ['target-over-actual', 'relative-excess'] as const;

/** The standard profile's settings (domain.md §6); absent keys take the profile's defaults. */
export class ScoringSettingsDto {
  @ApiPropertyOptional({
    enum: REVERSE_RULES,
    description:
      'a reverse target (≤, <) missed: weight × target / actual, or weight × (1 − (actual − target) / target) floored at 0',
  })
  @IsOptional()
  @IsIn(REVERSE_RULES)
  reverseRule?: (typeof REVERSE_RULES)[number];

  @ApiPropertyOptional({
    example: '120',
    description:
      '偏离度: an actual at or above this % of a positive target is flagged (above 100, at most 1000)',
  })
  @IsOptional()
  @IsDecimalString(1)
  overAchievementPercent?: string;
}

/** PUT /departments/:departmentId/scoring-profiles/:year — `version` is the one read (0 while none is stored). */
export class SetScoringProfileDto {
  @ApiProperty({ example: 0 })
  @IsInt()
  @Min(0)
  version!: number;

  @ApiProperty({ enum: PROFILE_IDS })
  @IsIn(PROFILE_IDS)
  profile!: ProfileIdDto;

  @ApiPropertyOptional({ type: ScoringSettingsDto, description: 'standard only' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ScoringSettingsDto)
  settings?: ScoringSettingsDto;
}

export class ChangeProfileDto {
  @ApiProperty({ example: 1 })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiProperty({ enum: PROFILE_IDS })
  @IsIn(PROFILE_IDS)
  profile!: ProfileIdDto;
}

/** A workflow step: the version read, and the comment (required to return or reopen); shared with monitoring reports. */
export class TransitionDto extends ReviewTransitionDto {}

/** A department and a fiscal year: the list and export queries, the scoring-profile path. */
export class DepartmentYear {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  departmentId!: string;

  @ApiProperty({ example: 2023 })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;
}

export const EXPORT_FORMATS = ['xlsx', 'json'] as const;

export class ExportQuery {
  @ApiPropertyOptional({ enum: EXPORT_FORMATS, default: 'xlsx' })
  @IsOptional()
  @IsIn(EXPORT_FORMATS)
  format?: (typeof EXPORT_FORMATS)[number];
}

export class DepartmentExportQuery extends DepartmentYear {
  @ApiPropertyOptional({ enum: EXPORT_FORMATS, default: 'xlsx' })
  @IsOptional()
  @IsIn(EXPORT_FORMATS)
  format?: (typeof EXPORT_FORMATS)[number];
}

export class ImportPublishedDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'department to file under (default: the one named 主管部门 in the document)',
  })
  @IsOptional()
  @IsUUID()
  departmentId?: string;

  @ApiPropertyOptional({
    enum: PROFILE_IDS,
    description: "profile for Jixiao's own scores (default jinkouhe)",
  })
  @IsOptional()
  @IsIn(PROFILE_IDS)
  profile?: ProfileIdDto;
}
