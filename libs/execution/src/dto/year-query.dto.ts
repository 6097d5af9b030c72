import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { TableFormat } from '../spreadsheet/table-file';

export class DashboardQueryDto {
  @ApiProperty() @Type(() => Number) @IsInt() @Min(1900) @Max(9999) fiscalYear!: number;
  @ApiPropertyOptional({ description: 'one department by unit; left out: every department in scope' })
  @IsOptional()
  @IsUUID()
  departmentId?: string;
}

export class RecordsSheetQueryDto {
  @ApiProperty() @Type(() => Number) @IsInt() @Min(1900) @Max(9999) fiscalYear!: number;
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
  @ApiProperty() @Type(() => Number) @IsInt() @Min(1900) @Max(9999) fiscalYear!: number;
}
