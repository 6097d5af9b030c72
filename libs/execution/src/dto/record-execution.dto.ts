import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';

/** Amounts travel as decimal strings so no float ever carries money; the service checks sign and scale. */
const DECIMAL = /^\s*-?[\d,]*\.?\d+\s*$/;

export class RecordExecutionDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  projectId!: string;

  @ApiProperty({
    example: '2023-12-31',
    description: '截至日期 (Shanghai day) in the project’s fiscal year, not after today',
  })
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'asOf must be a date YYYY-MM-DD' })
  asOf!: string;

  @ApiProperty({
    example: '0.85',
    description: '累计执行数 (万元), cumulative from 1 January; never lower than an earlier record',
  })
  @IsString()
  @Matches(DECIMAL, { message: 'executed must be a decimal string such as "0.85"' })
  executed!: string;

  @ApiPropertyOptional({
    example: '1.50',
    description: '调整后预算数 (万元); left out: the previous record’s carries over',
  })
  @IsOptional()
  @IsString()
  @Matches(DECIMAL, { message: 'adjustedBudget must be a decimal string such as "1.50"' })
  adjustedBudget?: string;

  @ApiPropertyOptional({ description: '原因说明 that comes with the figure' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string;
}

export class RecordExecutionsDto {
  @ApiProperty({ type: [RecordExecutionDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20000)
  @ValidateNested({ each: true })
  @Type(() => RecordExecutionDto)
  records!: RecordExecutionDto[];
}
