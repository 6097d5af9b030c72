import { AppConfig } from '@jixiao/config';
import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request, RequestHandler, Response } from 'express';
import multer from 'multer';
import { Observable } from 'rxjs';
import { DomainError } from './domain-error';

/** Text fields of an upload form (departmentId, profile…): short values, a handful of them. */
const FIELD_LIMITS = { fields: 10, fieldSize: 64 * 1024, parts: 12 };

/**
 * Every upload route's reader (`@UseInterceptors(FileUploadInterceptor)`): the multipart field `file`
 * into memory, refused with 413 REQUEST.TOO_LARGE, stating IMPORT_MAX_BYTES, as soon as the limit is
 * passed (the rest of the upload is drained, never buffered). What the file may cost to read once
 * here (inflated size, rows…) is each reader's business: see UploadLimits in libs/importers.
 */
@Injectable()
export class FileUploadInterceptor implements NestInterceptor {
  private readonly upload: RequestHandler;

  constructor(private readonly config: AppConfig) {
    this.upload = multer({
      storage: multer.memoryStorage(),
      limits: { fileSize: config.IMPORT_MAX_BYTES, files: 1, ...FIELD_LIMITS },
    }).single('file');
  }

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const http = context.switchToHttp();
    await new Promise<void>((resolve, reject) =>
      this.upload(http.getRequest<Request>(), http.getResponse<Response>(), (error: unknown) =>
        error ? reject(this.uploadError(error)) : resolve(),
      ),
    );
    return next.handle();
  }

  private uploadError(error: unknown): unknown {
    if (!(error instanceof multer.MulterError)) return error;
    const limit = this.config.IMPORT_MAX_BYTES;
    if (error.code === 'LIMIT_FILE_SIZE') {
      return new DomainError(
        'too-large',
        'REQUEST.TOO_LARGE',
        `上传文件过大：不得超过 ${(limit / (1024 * 1024)).toFixed(1)} MB（${limit} 字节）`,
        { field: 'file', limit },
      );
    }
    return new DomainError(
      'invalid',
      'REQUEST.UPLOAD_INVALID',
      '上传格式无效：请以 multipart 字段 file 上传一个文件',
      {
        field: error.field ?? 'file',
        reason: error.code,
      },
    );
  }
}
