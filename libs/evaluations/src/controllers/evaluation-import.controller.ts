import { AuthUser, CurrentUser, Roles } from '@jixiao/people';
import { Body, Controller, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ImportPublishedDto } from '../dto/evaluation-requests.dto';
import { EvaluationImportService, ImportPublishedResult } from '../import/evaluation-import.service';
import { ApiErrors, DomainError } from '@jixiao/platform';

/** 20 MB: published 决算 documents are well under 1 MB. */
const MAX_BYTES = 20 * 1024 * 1024;

@ApiTags('self-evaluations 绩效自评')
@Controller('evaluations/imports')
export class EvaluationImportController {
  constructor(private readonly imports: EvaluationImportService) {}

  @Post()
  @Roles('admin', 'manager')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_BYTES, files: 1 } }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: {
        file: { type: 'string', format: 'binary' },
        departmentId: { type: 'string', format: 'uuid' },
        profile: { type: 'string', enum: ['jinkouhe', 'standard'] },
      },
    },
  })
  @ApiOperation({ summary: '导入已发布的自评表', description: 'Imports a published 部门预算项目支出绩效自评表 document as historical evaluations: printed scores kept, Jixiao scores beside them, differences reported.' })
  @ApiErrors(413)
  upload(
    @UploadedFile() file: Express.Multer.File | undefined,
    @Body() dto: ImportPublishedDto,
    @CurrentUser() user: AuthUser,
  ): Promise<ImportPublishedResult> {
    if (!file) {
      throw new DomainError(
        'invalid',
        'EVALUATION_IMPORT.FILE_MISSING',
        '请以 multipart 字段 file 上传自评表文件',
        {
          field: 'file',
        },
      );
    }
    return this.imports.importPublished(file.buffer, file.originalname, user, dto);
  }
}
