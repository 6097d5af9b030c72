import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsDecimalString } from '../common/decimal-string';
import { PageQuery } from '../common/page';
import { IndicatorInputDto } from '../indicators/indicator.dto';

export const CATEGORIES = ['人员类', '运转类', '特定目标类'] as const;

export class ProjectListQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() departmentId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() unitId?: string;
  @ApiPropertyOptional({ example: 2024 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
  @ApiPropertyOptional({ enum: CATEGORIES })
  @IsOptional()
  @IsIn(CATEGORIES)
  category?: (typeof CATEGORIES)[number];
}

/** A project's own cells; every one optional on update. */
class ProjectFieldsDto {
  @ApiPropertyOptional({ format: 'uuid', description: '单位 (must belong to the department)' })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @ApiPropertyOptional({ example: '51110024T000011029495', description: '项目代码' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  code?: string;

  @ApiPropertyOptional({ enum: CATEGORIES })
  @IsOptional()
  @IsIn(CATEGORIES)
  category?: (typeof CATEGORIES)[number];
  @ApiPropertyOptional({ example: '200.00', description: '预算数, 万元' })
  @IsOptional()
  @IsDecimalString(2)
  budget?: string;
  @ApiPropertyOptional({ example: '200.00', description: '财政拨款' })
  @IsOptional()
  @IsDecimalString(2)
  fiscalBudget?: string;
  @ApiPropertyOptional({ example: '0', description: '其他资金' })
  @IsOptional()
  @IsDecimalString(2)
  otherBudget?: string;
  @ApiPropertyOptional({ description: '年度目标' }) @IsOptional() @IsString() @MaxLength(20000) goal?: string;
  @ApiPropertyOptional({ description: '主管部门' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  competentDepartment?: string;
  @ApiPropertyOptional({ description: '实施单位' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  implementingUnit?: string;
}

export class CreateProjectDto extends ProjectFieldsDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  departmentId!: string;

  @ApiProperty({ example: 2024 })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  fiscalYear!: number;

  @ApiProperty({ example: '2024年城乡医疗救助补助资金', description: '项目名称' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  name!: string;

  @ApiPropertyOptional({ type: [IndicatorInputDto], description: 'the target table, in printed order' })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => IndicatorInputDto)
  indicators?: IndicatorInputDto[];
}

export class UpdateProjectDto extends ProjectFieldsDto {
  @ApiProperty({
    description: 'the version read (optimistic lock): 409 when someone changed the project since',
  })
  @Type(() => Number)
  @IsInt()
  version!: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  name?: string;
}

export class ExportQuery {
  @ApiPropertyOptional({ enum: ['xlsx', 'csv'], default: 'xlsx' })
  @IsOptional()
  @IsIn(['xlsx', 'csv'])
  format: 'xlsx' | 'csv' = 'xlsx';

  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() departmentId?: string;
  @ApiPropertyOptional({ example: 2024 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
}
