import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import type { DeadlineKind } from './calendar-deadline';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export class CalendarDeadlineDto {
  @ApiProperty({ example: 'monitoring-04' })
  @Matches(/^[a-z0-9][a-z0-9-]{0,39}$/, { message: 'key: lower-case letters, digits and dashes, at most 40' })
  key!: string;

  @ApiProperty({ enum: ['monitoring', 'self-evaluation'] })
  @IsIn(['monitoring', 'self-evaluation'])
  kind!: DeadlineKind;

  @ApiProperty({ example: '1–4月绩效运行监控' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  label!: string;

  @ApiProperty({ example: '2025-05-10' })
  @Matches(DAY)
  dueDate!: string;

  @ApiPropertyOptional({ example: '2025-04-30', description: 'monitoring: execution figures as of this day' })
  @IsOptional()
  @Matches(DAY)
  coversThrough?: string;
}

/** A department's reminder calendar for one year (PUT replaces it whole). */
export class SaveCalendarDto {
  @ApiProperty({ type: [CalendarDeadlineDto] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => CalendarDeadlineDto)
  deadlines!: CalendarDeadlineDto[];

  @ApiProperty({ example: [7, 1] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsInt({ each: true })
  @Min(0, { each: true })
  @Max(366, { each: true })
  leadDays!: number[];

  @ApiProperty({ example: 3 })
  @IsInt()
  @Min(0)
  @Max(366)
  escalationDays!: number;

  @ApiPropertyOptional({ example: 'Asia/Shanghai' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  timeZone?: string;
}
