/**
 * A failure the caller can act on. `code` is stable English (`PROJECT.NOT_FOUND`), `message` is the
 * Chinese text shown to users, `details` names fields, rows or lines. Services throw these, never
 * HttpException; the DomainErrorFilter maps `kind` to an HTTP status.
 */
export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'DomainError';
  }
}

export type DomainErrorKind =
  | 'invalid' // 400
  | 'unauthenticated' // 401
  | 'forbidden' // 403
  | 'not-found' // 404
  | 'conflict' // 409
  | 'too-large' // 413
  | 'unprocessable' // 422
  | 'too-many' // 429
  | 'unavailable'; // 503

export const notFound = (what: string, id: string, label: string) =>
  new DomainError('not-found', `${what}.NOT_FOUND`, `${label}不存在：${id}`, { id });

/**
 * 乐观锁: a write from a version that is no longer current (409). The message blames nobody — the other
 * write may be the caller's own, from another tab — and the details give both versions.
 */
export const versionConflict = (
  code: string,
  ids: Record<string, unknown>,
  expectedVersion: number,
  currentVersion: number | null,
) =>
  new DomainError('conflict', code, '数据已被修改，请刷新后重试', {
    ...ids,
    expectedVersion,
    currentVersion,
  });
