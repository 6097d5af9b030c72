import { FlagCode, SEVERITIES, Severity } from '@jixiao/monitoring';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDateString, IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { FlagColour, FlagStatus } from '../entities';
import { FLAG_SORTS, FlagSort } from '../flags/flag-query';
import { TableFormat } from '../spreadsheet/table-file';

export const FLAG_CODES: readonly FlagCode[] = [
  'LAGGING',
  'UNDER_EXECUTED',
  'OVER_EXECUTED',
  'NO_BUDGET',
  'REASON_MISSING',
  'REASON_TOO_LONG',
  'UNRECONCILED',
];

export class FlagFilterQueryDto {
  @ApiPropertyOptional({ example: 2024 }) @IsOptional() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year?: number;
  @ApiPropertyOptional() @IsOptional() @IsUUID() departmentId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() unitId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() projectId?: string;
  @ApiPropertyOptional({ enum: FLAG_CODES }) @IsOptional() @IsIn(FLAG_CODES) code?: FlagCode;
  @ApiPropertyOptional({ enum: SEVERITIES }) @IsOptional() @IsIn(SEVERITIES) severity?: Severity;
  @ApiPropertyOptional({ enum: ['red', 'yellow'] })
  @IsOptional()
  @IsIn(['red', 'yellow'])
  colour?: FlagColour;
  @ApiPropertyOptional({ enum: ['open', 'answered', 'closed'] })
  @IsOptional()
  @IsIn(['open', 'answered', 'closed'])
  status?: FlagStatus;
  @ApiPropertyOptional({ description: 'flags opened at or after this instant (ISO 8601)' })
  @IsOptional()
  @IsDateString()
  openedSince?: string;
  @ApiPropertyOptional({ enum: FLAG_SORTS, default: 'severity' })
  @IsOptional()
  @IsIn(FLAG_SORTS)
  sort?: FlagSort;
  @ApiPropertyOptional({ enum: ['asc', 'desc'], default: 'desc' })
  @IsOptional()
  @IsIn(['asc', 'desc'])
  order?: 'asc' | 'desc';
}

export class FlagListQueryDto extends FlagFilterQueryDto {
  @ApiPropertyOptional({ default: 1 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) page?: number;
  @ApiPropertyOptional({ default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  pageSize?: number;
}

export class FlagExportQueryDto extends FlagFilterQueryDto {
  @ApiPropertyOptional({ enum: ['xlsx', 'csv'], default: 'xlsx' })
  @IsOptional()
  @IsIn(['xlsx', 'csv'])
  format?: TableFormat;
}
