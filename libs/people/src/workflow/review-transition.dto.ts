import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';

/** A review step's body (submit, return, approve, reopen): the version read, and the comment a return or reopen needs. */
export class ReviewTransitionDto {
  @ApiProperty({ example: 3 })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional({ description: '退回意见 / 重新打开的理由 / 审核意见' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  comment?: string;
}
