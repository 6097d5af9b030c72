import { AuthUser, CurrentUser, Roles } from '@jixiao/people';
import { DomainError, FileUploadInterceptor } from '@jixiao/platform';
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
import { TargetImportService } from './target-import.service';

@ApiTags('imports')
@ApiBearerAuth()
@Controller('imports')
export class ImportController {
  constructor(private readonly imports: TargetImportService) {}

  @Post()
  @Roles('admin', 'manager')
  @UseInterceptors(FileUploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: ImportUploadBody })
  @ApiOperation({
    summary: 'Upload a target table and preview the import (nothing is written but the batch)',
  })
  preview(
    @UploadedFile() file: Express.Multer.File | undefined,
    @Body() body: ImportUploadDto,
    @CurrentUser() user: AuthUser,
  ) {
    if (!file)
      throw new DomainError('invalid', 'IMPORT.FILE_MISSING', '请以 multipart 字段 file 上传文件', {
        field: 'file',
      });
    return this.imports.preview(file.buffer, decodeFilename(file.originalname), body, user);
  }

  @Post(':id/commit')
  @HttpCode(200)
  @Roles('admin', 'manager')
  @ApiOperation({
    summary:
      'Write a previewed import in one transaction and report what changed (409 when already committed)',
  })
  commit(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser) {
    return this.imports.commit(id, user);
  }

  @Get()
  @Roles('admin', 'manager')
  @ApiOperation({ summary: 'Import batches, newest first' })
  list(@Query() query: ImportListQuery, @CurrentUser() user: AuthUser) {
    return this.imports.list(query, user);
  }

  @Get(':id')
  @Roles('admin', 'manager')
  @ApiOperation({ summary: 'One import batch with its report and, once committed, its changes' })
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser) {
    return this.imports.get(id, user);
  }
}

/** Busboy hands over multipart filenames as latin1; browsers send UTF-8 (`乐山.txt`). */
function decodeFilename(name: string): string {
  return [...name].some((c) => c.charCodeAt(0) > 0xff) ? name : Buffer.from(name, 'latin1').toString('utf8');
}
