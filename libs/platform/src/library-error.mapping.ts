import { DecimalFormatError } from '@jixiao/decimal';
import { ImportError } from '@jixiao/importers';
import { MonitoringError } from '@jixiao/monitoring';
import { ScoringValidationError } from '@jixiao/scoring';
import { QueryFailedError } from 'typeorm';
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
  return databaseInputError(error) ?? queueError(error) ?? httpLayerError(error);
}

/**
 * ioredis and BullMQ failing because Redis is away or slow: a 503 with a generic body, never the client's
 * message (it names hosts and ports). Recognised by name and message, so the platform needs no Redis import.
 */
const QUEUE_FAILURE =
  /Stream isn't writeable|Connection is closed|ECONNREFUSED|ETIMEDOUT|ECONNRESET|EHOSTUNREACH|max retries per request|Command timed out/i;

function queueError(error: unknown): DomainError | null {
  if (!(error instanceof Error)) return null;
  const redisError =
    error.name === 'MaxRetriesPerRequestError' ||
    error.name === 'ReplyError' ||
    QUEUE_FAILURE.test(error.message);
  if (!redisError) return null;
  return new DomainError('unavailable', 'QUEUE.UNAVAILABLE', '提醒队列暂不可用，请稍后再试', {});
}

/**
 * PostgreSQL refusing a value (SQLSTATE class 22 data exception, 23 integrity): input validation should
 * have caught it first, but if it did not the caller still sent a bad value, and the transaction is
 * already rolled back. 23505/23503 are conflicts with stored data.
 */
const DATABASE_REFUSALS: Record<string, [DomainError['kind'], string, string]> = {
  '23502': ['invalid', 'REQUEST.NULL_NOT_ALLOWED', '必填字段不能为空'],
  '22003': ['invalid', 'REQUEST.NUMBER_OUT_OF_RANGE', '数值超出允许范围'],
  '22001': ['invalid', 'REQUEST.TOO_LONG', '文本超出允许长度'],
  '22P02': ['invalid', 'REQUEST.INVALID', '值的格式无效'],
  '22007': ['invalid', 'REQUEST.INVALID', '日期格式无效'],
  '22008': ['invalid', 'REQUEST.INVALID', '日期超出允许范围'],
  '22021': ['invalid', 'REQUEST.INVALID_TEXT', '文本含有不允许的字符'],
  '22P05': ['invalid', 'REQUEST.INVALID_TEXT', '文本含有不允许的字符'],
  '23514': ['invalid', 'REQUEST.INVALID', '值不符合数据约束'],
  '23505': ['conflict', 'REQUEST.CONFLICT', '数据重复：已存在相同的记录'],
  '23503': ['conflict', 'REQUEST.CONFLICT', '数据仍被引用，或引用的数据不存在'],
};

function databaseInputError(error: unknown): DomainError | null {
  if (!(error instanceof QueryFailedError)) return null;
  const driver = error.driverError as { code?: string; column?: string; constraint?: string };
  const refusal = driver.code === undefined ? undefined : DATABASE_REFUSALS[driver.code];
  if (refusal === undefined) return null;
  const [kind, code, message] = refusal;
  const field = driver.column ? snakeToCamel(driver.column) : null;
  return new DomainError(kind, code, field ? `${message}：${field}` : message, {
    field,
    constraint: driver.constraint ?? null,
    sqlState: driver.code,
  });
}

function snakeToCamel(name: string): string {
  return name.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
}

/** What the body parser (http-errors: `status`, `expose`, `type`) and the router (a URIError with `status`) raise. */
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
  if (typeof status !== 'number' || status < 400 || status > 499) return null;
  // The router's URIError (`%E0%A4%A` in a path) is the caller's; other 4xx errors say so with `expose`.
  if (expose !== true && !(error instanceof URIError)) return null;
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
