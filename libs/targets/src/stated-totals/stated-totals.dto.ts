import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { IsDecimalString } from '../common/decimal-string';

export class StatedUnitTotalDto {
  @ApiProperty({ format: 'uuid', description: '单位 of the department' })
  @IsUUID()
  unitId!: string;

  @ApiProperty({ example: '782.20', description: '单位合计 as the document states it, 万元' })
  @IsDecimalString(2)
  budget!: string;
}

/** Stated totals typed in by a manager (a department imported from the spreadsheet template states none). */
export class PutStatedTotalsDto {
  @ApiPropertyOptional({
    example: '1672.81',
    description: "The department's stated project total, 万元; left out: none",
  })
  @IsOptional()
  @IsDecimalString(2)
  budget?: string;

  @ApiPropertyOptional({ example: 27, description: 'How many projects the statement counts (needs budget)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  projects?: number;

  @ApiProperty({ type: [StatedUnitTotalDto], description: 'Unit totals; [] for none' })
  @IsArray()
  @ArrayMaxSize(10_000)
  @ValidateNested({ each: true })
  @Type(() => StatedUnitTotalDto)
  units!: StatedUnitTotalDto[];
}
