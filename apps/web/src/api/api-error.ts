import type { components } from './schema';

/**
 * An API failure as the server describes it: every error body is `{code, message, details}`
 * (libs/platform DomainErrorFilter). The body is read here, the one place where an error response
 * is narrowed from unknown; screens use `code`, show `message` and map `fieldErrors` onto fields.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Validation errors by field path (`rows.3.actual`), as the validation pipe names them. */
  get fieldErrors(): { field: string; messages: string[] }[] {
    const fields = this.details.fields;
    if (!Array.isArray(fields)) return [];
    return fields.filter(
      (f): f is { field: string; messages: string[] } =>
        typeof f === 'object' && f !== null && typeof f.field === 'string' && Array.isArray(f.messages),
    );
  }
}

type ErrorBody = components['schemas']['ErrorBody'];

function isErrorBody(body: unknown): body is ErrorBody {
  return typeof body === 'object' && body !== null && 'code' in body && 'message' in body;
}

/** An error body (or a network failure, or a proxy's page) as an ApiError. */
export function toApiError(status: number, body: unknown): ApiError {
  if (isErrorBody(body)) {
    const details: unknown = body.details;
    return new ApiError(
      status,
      String(body.code),
      String(body.message),
      typeof details === 'object' && details !== null ? (details as Record<string, unknown>) : {},
    );
  }
  return new ApiError(status, 'HTTP.ERROR', status === 0 ? '无法连接服务器' : `请求失败（${status}）`, {});
}

/** The Chinese message to show for anything thrown. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return error instanceof Error ? error.message : String(error);
}
