import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { Request, Response } from 'express';
import { DomainError, DomainErrorKind } from './domain-error';
import { ValidationFailed } from './validation.pipe';

const STATUS: Record<DomainErrorKind, number> = {
  invalid: HttpStatus.BAD_REQUEST,
  unauthenticated: HttpStatus.UNAUTHORIZED,
  forbidden: HttpStatus.FORBIDDEN,
  'not-found': HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  'too-large': HttpStatus.PAYLOAD_TOO_LARGE,
  unprocessable: HttpStatus.UNPROCESSABLE_ENTITY,
  'too-many': HttpStatus.TOO_MANY_REQUESTS,
  unavailable: HttpStatus.SERVICE_UNAVAILABLE,
};

/** Chinese messages for the errors Nest itself raises (routing, body parsing, throttling). */
const HTTP_CODES: Record<number, [string, string]> = {
  400: ['REQUEST.INVALID', '请求无效'],
  401: ['AUTH.UNAUTHENTICATED', '未登录或登录已过期'],
  403: ['AUTH.FORBIDDEN', '无权执行此操作'],
  404: ['ROUTE.NOT_FOUND', '资源不存在'],
  409: ['REQUEST.CONFLICT', '数据冲突'],
  413: ['REQUEST.TOO_LARGE', '上传内容过大'],
  429: ['REQUEST.TOO_MANY', '请求过于频繁，请稍后再试'],
};

/** Every error body has a stable English `code`, a Chinese `message` and, where known, `details`. */
@Catch()
export class DomainErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger(DomainErrorFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    if (exception instanceof ValidationFailed) {
      const language = host.switchToHttp().getRequest<Request>().headers['accept-language'] ?? '';
      response.status(400).json(exception.body(/^en\b/i.test(language)));
      return;
    }
    if (exception instanceof DomainError) {
      response.status(STATUS[exception.kind]).json({ code: exception.code, message: exception.message, details: exception.details });
      return;
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      if (typeof body === 'object' && body !== null && 'code' in body) {
        response.status(status).json(body);
        return;
      }
      const [code, message] = HTTP_CODES[status] ?? ['HTTP.ERROR', '请求失败'];
      response.status(status).json({ code, message, details: { reason: exception.message } });
      return;
    }
    this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    response.status(500).json({ code: 'INTERNAL', message: '服务器内部错误', details: {} });
  }
}
