import { ReviewState } from '@jixiao/people';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { MONITORING_REPORT_PERIODS } from '../entities';

// Spelled out, not imported as a value: the decorators below run while @jixiao/people is still loading
// (people → platform → the entity lists → this module), so an imported array would be undefined there.
const REVIEW_STATES: readonly ReviewState[] = ['draft', 'submitted', 'returned', 'approved'];
/** Long enough for a page of 进展情况; the report is a summary, the figures come from the records. */
const TEXT_LIMIT = 4000;

/** POST /execution/reports: the unit, year and period whose report to open (created when missing). */
export class OpenMonitoringReportDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() unitId!: string;
  @ApiProperty({ example: 2024 }) @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year!: number;
  @ApiProperty({
    enum: MONITORING_REPORT_PERIODS,
    description: 'the month the report covers through (4 = 1–4月)',
  })
  @Type(() => Number)
  @IsIn(MONITORING_REPORT_PERIODS)
  period!: number;
}

/** PATCH /execution/reports/:id: the version read and the fields to change (null clears one). */
export class UpdateMonitoringReportDto {
  @ApiProperty({ example: 1 }) @IsInt() @Min(1) version!: number;
  @ApiPropertyOptional({ description: '进展情况' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMIT)
  progress?: string | null;
  @ApiPropertyOptional({ description: '偏差原因' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMIT)
  deviationReasons?: string | null;
  @ApiPropertyOptional({ description: '改进措施' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMIT)
  measures?: string | null;
}

export class MonitoringReportListQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsUUID() departmentId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() unitId?: string;
  @ApiPropertyOptional({ example: 2024 }) @IsOptional() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year?: number;
  @ApiPropertyOptional({ enum: REVIEW_STATES }) @IsOptional() @IsIn(REVIEW_STATES) state?: ReviewState;
  @ApiPropertyOptional({ default: 1 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) page?: number;
  @ApiPropertyOptional({ default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  pageSize?: number;
}
