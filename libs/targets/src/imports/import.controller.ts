import { AuthUser, CurrentUser, Roles } from '@jixiao/people';
import { DomainError } from '@jixiao/platform';
import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ImportListQuery, ImportUploadBody, ImportUploadDto } from './import.dto';
import { ImportUploadInterceptor } from './import-upload.interceptor';
import { TargetImportService } from './target-import.service';
import { ApiErrors } from '@jixiao/platform';
import { ImportBatchPage, ImportBatchView } from './import-batch.view';

@ApiTags('imports')
@ApiBearerAuth()
@Controller('imports')
export class ImportController {
  constructor(private readonly imports: TargetImportService) {}

  @Post()
  @Roles('admin', 'manager')
  @UseInterceptors(ImportUploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: ImportUploadBody })
  @ApiOperation({ summary: '上传绩效目标表并预览导入', description: 'Nothing is written but the batch; the report names every line it could not read.' })
  @ApiErrors(413)
  preview(
    @UploadedFile() file: Express.Multer.File | undefined,
    @Body() body: ImportUploadDto,
    @CurrentUser() user: AuthUser,
  ): Promise<ImportBatchView> {
    if (!file)
      throw new DomainError('invalid', 'IMPORT.FILE_MISSING', '请以 multipart 字段 file 上传文件', {
        field: 'file',
      });
    return this.imports.preview(file.buffer, decodeFilename(file.originalname), body, user);
  }

  @Post(':id/commit')
  @HttpCode(200)
  @Roles('admin', 'manager')
  @ApiOperation({ summary: '确认导入', description: 'Writes a previewed import in one transaction and reports what changed (409 when already committed).' })
  @ApiErrors(409)
  commit(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<ImportBatchView> {
    return this.imports.commit(id, user);
  }

  @Get()
  @Roles('admin', 'manager')
  @ApiOperation({ summary: '导入批次列表', description: 'Newest first; admins see every batch, managers their own.' })
  list(@Query() query: ImportListQuery, @CurrentUser() user: AuthUser): Promise<ImportBatchPage> {
    return this.imports.list(query, user);
  }

  @Get(':id')
  @Roles('admin', 'manager')
  @ApiOperation({ summary: '导入批次详情', description: 'With its report and, once committed, its changes.' })
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<ImportBatchView> {
    return this.imports.get(id, user);
  }
}

/** Busboy hands over multipart filenames as latin1; browsers send UTF-8 (`乐山.txt`). */
function decodeFilename(name: string): string {
  return [...name].some((c) => c.charCodeAt(0) > 0xff) ? name : Buffer.from(name, 'latin1').toString('utf8');
}
