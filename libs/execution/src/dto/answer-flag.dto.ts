import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { PLANNED_MEASURES, PlannedMeasure } from '../entities';

export class AnswerFlagDto {
  @ApiProperty({
    description: '原因说明; at most the rule set’s limit for a shortfall (Sichuan: 100 characters)',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason!: string;

  @ApiProperty({ enum: PLANNED_MEASURES, description: '处理方式（措施类别）：继续执行、调剂或取消' })
  @IsIn(PLANNED_MEASURES)
  measure!: PlannedMeasure;

  @ApiPropertyOptional({
    example: '与供应商协商加快交付，11月底前完成验收并支付尾款',
    description: '整改措施：单位将采取的具体措施',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  correctiveAction?: string;
}

export class CloseFlagDto {
  @ApiProperty({ required: false, description: '关闭说明' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string;
}
