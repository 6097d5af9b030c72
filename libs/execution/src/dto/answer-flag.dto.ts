import { ApiProperty } from '@nestjs/swagger';
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

  @ApiProperty({ enum: PLANNED_MEASURES, description: '整改措施' })
  @IsIn(PLANNED_MEASURES)
  measure!: PlannedMeasure;
}

export class CloseFlagDto {
  @ApiProperty({ required: false, description: '关闭说明' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string;
}
