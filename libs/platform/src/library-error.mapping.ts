import { DecimalFormatError } from '@jixiao/decimal';
import { ImportError } from '@jixiao/importers';
import { MonitoringError } from '@jixiao/monitoring';
import { ScoringValidationError } from '@jixiao/scoring';
import { DomainError } from './domain-error';

/**
 * The last line of defence (最后一道防线): an error of a pure library (monitoring, scoring, importers, decimal)
 * or of the HTTP layer (body parser, URL decoding) that a service let through is still the caller's bad
 * input, so it leaves as a 4xx with a Chinese message, never as a 500. Services should map them where
 * they know the row or field better; this keeps a forgotten path from becoming a 500.
 */
export function libraryErrorToDomain(error: unknown): DomainError | null {
  if (error instanceof MonitoringError) {
    return new DomainError('invalid', `MONITORING.${error.code}`, `执行数据有误：${error.message}`, {
      field: error.field,
      index: error.index,
      asOf: error.asOf,
    });
  }
  if (error instanceof ScoringValidationError) {
    return new DomainError('invalid', error.code, `自评数据有误：${error.message}`, {
      row: error.rowIndex === null ? null : error.rowIndex + 1,
      indicator: error.rowName,
    });
  }
  if (error instanceof ImportError) {
    return new DomainError(
      error.code === 'FILE_TOO_LARGE' ? 'too-large' : 'invalid',
      `IMPORT.${error.code}`,
      `导入文件有误：${error.message}`,
      {
        line: error.line,
        field: error.field,
      },
    );
  }
  if (error instanceof DecimalFormatError) {
    return new DomainError('invalid', 'REQUEST.NOT_A_NUMBER', `不是有效的数字：${error.text}`, {
      text: error.text,
    });
  }
  return httpLayerError(error);
}

/** What the body parser and Express raise (http-errors: `status`, `expose`, `type`). */
interface HttpLayerError {
  status?: unknown;
  expose?: unknown;
  type?: unknown;
  limit?: unknown;
  message?: unknown;
}

function httpLayerError(error: unknown): DomainError | null {
  if (typeof error !== 'object' || error === null) return null;
  const { status, expose, type, limit, message } = error as HttpLayerError;
  if (typeof status !== 'number' || status < 400 || status > 499 || expose !== true) return null;
  if (type === 'entity.too.large' && typeof limit === 'number') {
    return new DomainError('too-large', 'REQUEST.TOO_LARGE', `请求体过大：超过 ${formatBytes(limit)} 上限`, {
      limit,
    });
  }
  const reason = typeof message === 'string' ? message : '';
  if (status === 413) return new DomainError('too-large', 'REQUEST.TOO_LARGE', '请求体过大', { reason });
  if (status === 415)
    return new DomainError('invalid', 'REQUEST.UNSUPPORTED_ENCODING', '不支持的请求编码', { reason });
  return new DomainError('invalid', 'REQUEST.MALFORMED', '请求格式无效（无法解析的 JSON 或 URL）', {
    reason,
  });
}

/** 1048576 → `1 MB`, 102400 → `100 KB`. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${+(bytes / 1024).toFixed(1)} KB`;
}
