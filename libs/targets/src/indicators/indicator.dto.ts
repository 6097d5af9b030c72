import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import { IsDecimalString } from '../common/decimal-string';
import { PageQuery } from '../common/page';

export const DIRECTIONS = ['positive', 'reverse', 'exact', '正向指标', '反向指标', '正向', '反向'] as const;

/** One indicator as a person types it: the printed cells, parsed by the same parser as an import. */
export class IndicatorInputDto {
  @ApiProperty({ example: '产出指标', description: '一级指标' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  level1!: string;

  @ApiProperty({ example: '数量指标', description: '二级指标' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  level2!: string;

  @ApiProperty({ example: '科目调整次数', description: '三级指标' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  level3!: string;

  @ApiPropertyOptional({ description: '指标解释' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  explanation?: string;

  @ApiPropertyOptional({
    example: '≤',
    description: '指标性质: = ≥ ≤ > < 定性 (also >=, <=, full-width); may be folded into value',
  })
  @IsOptional()
  @IsString()
  @MaxLength(8)
  operator?: string;

  @ApiProperty({
    example: '5',
    description: '指标值 as printed: `5`, `≥95%`, `2023年12月31日前`, `据实`, `优`',
  })
  @IsString()
  @MaxLength(2000)
  value!: string;

  @ApiPropertyOptional({ example: '次', description: '度量单位' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  unit?: string;

  @ApiPropertyOptional({ example: '20', description: '权重 (decimal string)' })
  @IsOptional()
  @IsDecimalString(2)
  weight?: string;

  @ApiPropertyOptional({
    enum: DIRECTIONS,
    description: '指标方向性; derived from the operator when omitted',
  })
  @IsOptional()
  @IsIn(DIRECTIONS)
  direction?: (typeof DIRECTIONS)[number];
}

export class CreateIndicatorDto extends IndicatorInputDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  projectId!: string;

  @ApiProperty({ description: "the project's current version (optimistic lock)" })
  @Type(() => Number)
  @IsInt()
  version!: number;

  @ApiPropertyOptional({ description: '0-based position; appended when omitted' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  position?: number;
}

/** Every cell optional; `version` is the project's version (an indicator is part of its project's table). */
export class UpdateIndicatorDto {
  @ApiProperty({ description: "the project's current version (optimistic lock)" })
  @Type(() => Number)
  @IsInt()
  version!: number;

  @ApiPropertyOptional() @IsOptional() @IsString() @IsNotEmpty() @MaxLength(100) level1?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @IsNotEmpty() @MaxLength(100) level2?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @IsNotEmpty() @MaxLength(2000) level3?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000) explanation?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(8) operator?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) value?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(40) unit?: string;
  @ApiPropertyOptional() @IsOptional() @IsDecimalString(2) weight?: string;
  @ApiPropertyOptional({ enum: DIRECTIONS })
  @IsOptional()
  @IsIn(DIRECTIONS)
  direction?: (typeof DIRECTIONS)[number];
}

export class IndicatorListQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() projectId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() departmentId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() unitId?: string;
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() year?: number;
  @ApiPropertyOptional({ example: '产出指标' }) @IsOptional() @IsString() @MaxLength(100) level1?: string;
}

export class VersionQuery {
  @ApiProperty({ description: "the project's current version (optimistic lock)" })
  @Type(() => Number)
  @IsInt()
  version!: number;
}
