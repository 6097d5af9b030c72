import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

export const PROFILE_IDS = ['jinkouhe', 'standard'] as const;
export type ProfileIdDto = (typeof PROFILE_IDS)[number];

export class OpenEvaluationDto {
  @ApiPropertyOptional({
    enum: PROFILE_IDS,
    description: 'scoring profile for a new evaluation (default jinkouhe)',
  })
  @IsOptional()
  @IsIn(PROFILE_IDS)
  profile?: ProfileIdDto;
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

/** A workflow step: the version read, and the comment (required to return or reopen). */
export class TransitionDto {
  @ApiProperty({ example: 3 })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional({ description: '退回意见 / 重新打开的理由 / 审核意见' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  comment?: string;
}

export class EvaluationListQuery {
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

export class DepartmentExportQuery extends EvaluationListQuery {
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
