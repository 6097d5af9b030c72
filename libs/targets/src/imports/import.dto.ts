import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { PageQuery } from '../common/page';

/** The text fields of the upload, beside `file`. */
export class ImportUploadDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'import into this existing department instead of the one the document prints',
  })
  @IsOptional()
  @IsUUID()
  departmentId?: string;

  @ApiPropertyOptional({ description: 'fiscal year for documents that print none', example: 2024 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
}

/** OpenAPI only: the multipart body. */
export class ImportUploadBody extends ImportUploadDto {
  @ApiProperty({
    type: 'string',
    format: 'binary',
    description: '.txt (published table), .xlsx or .csv (template)',
  })
  file!: unknown;
}

export class ImportListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['previewed', 'committed'] })
  @IsOptional()
  @IsIn(['previewed', 'committed'])
  status?: 'previewed' | 'committed';
}
