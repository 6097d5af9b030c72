import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { DomainError } from './domain-error';

/** Where @ApiProperty keeps a property's options (`DECORATORS.API_MODEL_PROPERTIES` of @nestjs/swagger, not exported). */
const API_MODEL_PROPERTIES = 'swagger/apiModelProperties';

/** The largest integer PostgreSQL's `integer` holds (2^31 − 1): versions, positions, years, counts, page sizes. */
export const MAX_REQUEST_INTEGER = 2_147_483_647;

/**
 * Bounds that hold for every request, checked after validation (on the DTO as the handler will see it):
 * - every number is finite with |n| ≤ 2^31 − 1 (`version: 1e308` or `2^70` pass `@IsInt()`, then overflow
 *   an `integer` column) → 400 `REQUEST.NUMBER_OUT_OF_RANGE`; amounts travel as decimal strings, never here;
 * - a route parameter of digits (`:year`) likewise, before ParseIntPipe turns it into a number;
 * - `null` is accepted only where the DTO's OpenAPI property says `nullable: true`: `@IsOptional()` lets
 *   null through as if the field were left out, and `{"name": null}` would reach a NOT NULL column
 *   → 400 `REQUEST.NULL_NOT_ALLOWED`. The document and the behaviour stay one (a client reads which fields
 *   may be cleared from the same place the API decides it).
 */
@Injectable()
export class ValueBoundsPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    const root = [
      metadata.type === 'body' ? '' : metadata.type === 'param' ? 'params' : 'query',
      metadata.data,
    ]
      .filter(Boolean)
      .join('.');
    if (metadata.type === 'param' && typeof value === 'string' && /^[+-]?\d+$/.test(value)) {
      checkNumber(Number(value), root);
    }
    checkValue(value, root);
    return value;
  }
}

function checkValue(value: unknown, path: string): void {
  if (typeof value === 'number') return checkNumber(value, path);
  if (Array.isArray(value)) {
    value.forEach((item, index) => checkValue(item, `${path}[${index}]`));
    return;
  }
  if (value === null || typeof value !== 'object' || value instanceof Date || Buffer.isBuffer(value)) return;
  const prototype = Object.getPrototypeOf(value) as object | null;
  const isDto = prototype !== null && prototype !== Object.prototype;
  for (const [key, item] of Object.entries(value)) {
    const keyPath = path ? `${path}.${key}` : key;
    if (item === null && isDto && !isNullable(prototype, key)) {
      throw new DomainError(
        'invalid',
        'REQUEST.NULL_NOT_ALLOWED',
        `字段 ${keyPath} 不能为 null：不修改请省略该字段`,
        {
          field: keyPath,
        },
      );
    }
    checkValue(item, keyPath);
  }
}

function checkNumber(n: number, path: string): void {
  if (Number.isFinite(n) && Math.abs(n) <= MAX_REQUEST_INTEGER) return;
  throw new DomainError(
    'invalid',
    'REQUEST.NUMBER_OUT_OF_RANGE',
    `字段 ${path || '请求体'} 的数值超出范围（绝对值不超过 ${MAX_REQUEST_INTEGER}）`,
    { field: path, limit: MAX_REQUEST_INTEGER },
  );
}

function isNullable(prototype: object, key: string): boolean {
  const property = Reflect.getMetadata(API_MODEL_PROPERTIES, prototype, key) as
    { nullable?: boolean } | undefined;
  return property?.nullable === true;
}
