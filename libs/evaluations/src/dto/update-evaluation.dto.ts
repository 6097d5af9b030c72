import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsDecimalString } from './decimal-string';

export const BANDS = ['achieved', 'partly-achieved', 'not-achieved'] as const;

/** 全年预算数 / 全年执行数 by fund source, 万元; `null` clears a figure, an absent key leaves it. */
export class EvaluationAmountsDto {
  @ApiPropertyOptional({ example: '1.5', nullable: true, description: '全年预算数 年度资金总额' })
  @IsOptional()
  @IsDecimalString(2)
  budget?: string | null;

  @ApiPropertyOptional({ example: '1.5', nullable: true, description: '全年预算数 其中:财政拨款' })
  @IsOptional()
  @IsDecimalString(2)
  fiscalBudget?: string | null;

  @ApiPropertyOptional({ example: '0', nullable: true, description: '全年预算数 其他资金' })
  @IsOptional()
  @IsDecimalString(2)
  otherBudget?: string | null;

  @ApiPropertyOptional({ example: '0.85', nullable: true, description: '全年执行数 年度资金总额' })
  @IsOptional()
  @IsDecimalString(2)
  executed?: string | null;

  @ApiPropertyOptional({ example: '0.85', nullable: true, description: '全年执行数 其中:财政拨款' })
  @IsOptional()
  @IsDecimalString(2)
  fiscalExecuted?: string | null;

  @ApiPropertyOptional({ example: '0', nullable: true, description: '全年执行数 其他资金' })
  @IsOptional()
  @IsDecimalString(2)
  otherExecuted?: string | null;
}

/** One indicator row's entries; only the keys sent change. */
export class EvaluationRowUpdateDto {
  @ApiProperty({ example: 1, description: '0-based position of the row in the scorecard' })
  @IsInt()
  @Min(0)
  position!: number;

  @ApiPropertyOptional({ example: '57%', nullable: true, description: '实际完成值 as typed' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  actual?: string | null;

  @ApiPropertyOptional({ nullable: true, description: '扣分原因分析' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  deductionReason?: string | null;

  @ApiPropertyOptional({
    nullable: true,
    example: '新增帮扶对象30人，按文件一并发放',
    description: '偏离原因：实际完成值远超年度指标值（偏离度）时说明原因，填写后消除“超额完成”提示',
  })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  deviationReason?: string | null;

  @ApiPropertyOptional({
    enum: BANDS,
    nullable: true,
    description: 'qualitative band (标准规则), with a score inside it',
  })
  @IsOptional()
  @ValidateIf((_o, value) => value !== null)
  @IsIn(BANDS)
  band?: (typeof BANDS)[number] | null;

  @ApiPropertyOptional({
    example: '8',
    nullable: true,
    description: 'score set by hand (needs manualReason unless a band is chosen)',
  })
  @IsOptional()
  @IsDecimalString(1)
  manualScore?: string | null;

  @ApiPropertyOptional({ nullable: true, description: 'why the score was set by hand' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  manualReason?: string | null;

  @ApiPropertyOptional({
    example: '10',
    description:
      '分值/权重：取自绩效目标；仅主管或管理员可更正（须填写 weightReason），评价人员修改时返回 400',
  })
  @IsOptional()
  @IsDecimalString(2)
  weight?: string;

  @ApiPropertyOptional({
    example: '绩效目标表分值录入有误，按批复文件更正',
    description: '更正分值/权重的理由（主管或管理员）',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  weightReason?: string;
}

/** PATCH /evaluations/:id — a partial update; `version` is the one read (409 when stale). */
export class UpdateEvaluationDto {
  @ApiProperty({ example: 1 })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional({ type: EvaluationAmountsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => EvaluationAmountsDto)
  amounts?: EvaluationAmountsDto;

  @ApiPropertyOptional({ nullable: true, description: '年度总体目标 实际完成情况' })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  goalActual?: string | null;

  @ApiPropertyOptional({ nullable: true, description: '预算执行率 row: 扣分原因分析' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  executionDeductionReason?: string | null;

  @ApiPropertyOptional({
    nullable: true,
    description:
      "预算执行率 row: a reviewer's score where the rate is undefined (zero budget); managers and admins only (403 for an evaluator)",
  })
  @IsOptional()
  @IsDecimalString(1)
  executionManualScore?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  executionManualReason?: string | null;

  @ApiPropertyOptional({ type: [EvaluationRowUpdateDto] })
  @IsOptional()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => EvaluationRowUpdateDto)
  rows?: EvaluationRowUpdateDto[];
}
