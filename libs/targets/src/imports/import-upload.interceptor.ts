import { AppConfig } from '@jixiao/config';
import { DomainError } from '@jixiao/platform';
import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request, RequestHandler, Response } from 'express';
import multer from 'multer';
import { Observable } from 'rxjs';

/**
 * Reads the multipart field `file` into memory, refusing more than IMPORT_MAX_BYTES with 413 as soon as
 * the limit is passed (the rest of the upload is drained, never buffered).
 */
@Injectable()
export class ImportUploadInterceptor implements NestInterceptor {
  private readonly upload: RequestHandler;

  constructor(private readonly config: AppConfig) {
    this.upload = multer({
      storage: multer.memoryStorage(),
      limits: { fileSize: config.IMPORT_MAX_BYTES, files: 1, fields: 10 },
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
    if (error.code === 'LIMIT_FILE_SIZE') {
      return new DomainError(
        'too-large',
        'IMPORT.FILE_TOO_LARGE',
        `文件过大：上限 ${this.config.IMPORT_MAX_BYTES} 字节`,
        {
          field: 'file',
          limit: this.config.IMPORT_MAX_BYTES,
        },
      );
    }
    return new DomainError(
      'invalid',
      'IMPORT.UPLOAD_INVALID',
      '上传格式无效：请以 multipart 字段 file 上传一个文件',
      {
        field: error.field ?? 'file',
        reason: error.code,
      },
    );
  }
}
