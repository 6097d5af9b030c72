import { applyDecorators } from '@nestjs/common';
import { ApiExtension, ApiOkResponse, ApiProduces } from '@nestjs/swagger';

/** What each 4xx means in this API; the body is always an ErrorBody (attached by the document builder). */
export const ERROR_MEANINGS: Record<number, string> = {
  400: '请求参数无效（details 指明字段、行或单元格）',
  401: '未登录或登录已过期',
  403: '无权执行此操作',
  404: '资源不存在或不在您的权限范围内',
  409: '数据已被修改或已存在（版本过期、重复、状态不允许）',
  413: '上传内容过大',
  422: '校验未通过，不能执行此操作',
  429: '请求过于频繁，请稍后再试',
};

/** The OpenAPI extension ApiErrors writes; the document builder turns it into error responses. */
export const API_ERRORS_EXTENSION = 'x-errors';

/**
 * The 4xx an operation answers besides the ones every operation may (400, 401, 403, 404 are added to all by
 * the document builder): `@ApiErrors(409, 422)`. Recorded as an extension, not as @ApiResponse, so the
 * success response the plugin reads from the method's return type still applies.
 */
export const ApiErrors = (...statuses: number[]) => ApiExtension(API_ERRORS_EXTENSION, statuses);

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV = 'text/csv';

/** A download: the body is the file (binary) in one of these content types. */
export const ApiFile = (description: string, ...contentTypes: string[]) =>
  applyDecorators(
    ApiProduces(...contentTypes),
    ApiOkResponse({
      description,
      content: Object.fromEntries(contentTypes.map((type) => [type, { schema: { type: 'string', format: 'binary' } }])),
    }),
  );
