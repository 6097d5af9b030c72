import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { TableFormat } from '../spreadsheet/table-file';

export class DashboardQueryDto {
  @ApiProperty({ example: 2024 }) @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year!: number;
  @ApiPropertyOptional({ description: 'one department by unit; left out: every department in scope' })
  @IsOptional()
  @IsUUID()
  departmentId?: string;
}

export class RecordsSheetQueryDto {
  @ApiProperty({ example: 2024 }) @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year!: number;
  @ApiProperty() @IsUUID() departmentId!: string;
  @ApiPropertyOptional({ enum: ['xlsx', 'csv'], default: 'xlsx' })
  @IsOptional()
  @IsIn(['xlsx', 'csv'])
  format?: TableFormat;
  @ApiPropertyOptional({ description: 'template only: the 截至日期 to prefill', example: '2024-06-30' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'asOf must be a date YYYY-MM-DD' })
  asOf?: string;
}

export class RefreshFlagsDto {
  @ApiProperty() @IsUUID() departmentId!: string;
  @ApiProperty({ example: 2024 }) @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year!: number;
}
