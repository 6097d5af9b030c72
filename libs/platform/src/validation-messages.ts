import { ValidationError } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';

/** One bad field as the client sent it (`rows[3].actual`), with what is wrong in Chinese and in English. */
export interface FieldProblem {
  field: string;
  messages: string[];
  english: string[];
}

type Template = (args: unknown[]) => string;

const list = (values: unknown): string =>
  (Array.isArray(values) ? values : Object.values(values as object)).map(String).join('、');

/** The fraction part of a decimal pattern (IsDecimalString: `^-?\d{1,14}(\.\d{1,2})?$`) gives its places. */
const DECIMAL_PLACES = /\\\.\\d\{1,(\d+)\}/;
const DATE = '^\\d{4}-\\d{2}-\\d{2}$';

function matches(args: unknown[]): string {
  const source = args[0] instanceof RegExp ? args[0].source : String(args[0]);
  const places = DECIMAL_PLACES.exec(source);
  if (places) return `须为数字字符串，最多 ${places[1]} 位小数（如 "1672.81"）`;
  if (source === DATE) return '须为日期，格式 YYYY-MM-DD（如 2024-06-30）';
  if (source.includes('\\d') && source.includes('\\.')) return '须为数字字符串（如 "0.85"）';
  return '格式不正确';
}

/**
 * Chinese text per class-validator constraint (the keys of ValidationError.constraints), from the
 * constraint's arguments as the DTO declared them. A constraint missing here reads `取值无效`.
 */
const CHINESE: Record<string, Template> = {
  whitelistValidation: () => '不允许的字段',
  isDefined: () => '必须填写',
  isNotEmpty: () => '不能为空',
  isString: () => '须为文本',
  isInt: () => '须为整数',
  isNumber: () => '须为数字',
  isBoolean: () => '须为 true 或 false',
  isArray: () => '须为数组',
  isObject: () => '须为对象',
  nestedValidation: () => '须为对象',
  isUuid: () => '须为 UUID',
  isEmail: () => '须为电子邮箱地址',
  isUrl: () => '须为网址（http:// 或 https://）',
  isDate: () => '须为有效的日期时间',
  isDateString: () => '须为日期（ISO 8601，如 2024-06-30）',
  isIso8601: () => '须为日期（ISO 8601，如 2024-06-30）',
  min: ([n]) => `不能小于 ${n}`,
  max: ([n]) => `不能大于 ${n}`,
  minLength: ([n]) => (n === 1 ? '不能为空' : `长度不能少于 ${n} 个字符`),
  maxLength: ([n]) => `长度不能超过 ${n} 个字符`,
  arrayMinSize: ([n]) => `至少 ${n} 项`,
  arrayMaxSize: ([n]) => `最多 ${n} 项`,
  isIn: ([values]) => `须为以下之一：${list(values)}`,
  isEnum: ([values]) => `须为以下之一：${list(values)}`,
  matches,
};

/**
 * The bad fields of a request, in the client's notation: array elements by index (`rows[3].actual`,
 * the request's own position in the array), nested objects by dot.
 */
export function fieldProblems(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = !prefix
      ? error.property
      : /^\d+$/.test(error.property)
        ? `${prefix}[${error.property}]`
        : `${prefix}.${error.property}`;
    const constraints = Object.entries(error.constraints ?? {});
    const own =
      constraints.length === 0
        ? []
        : [
            {
              field,
              messages: constraints.map(([name]) => chinese(error, name)),
              english: constraints.map(([name, message]) => english(name, message, field)),
            },
          ];
    return own.concat(fieldProblems(error.children ?? [], field));
  });
}

function chinese(error: ValidationError, name: string): string {
  // A DTO that wrote its own Chinese message (`@Matches(…, { message: USERNAME_RULE })`) knows better.
  const own = error.constraints?.[name] ?? '';
  if (/[\u4e00-\u9fff]/.test(own)) return own;
  const template = CHINESE[name] ?? CHINESE[name.toLowerCase()];
  return template ? template(constraintArguments(error, name)) : '取值无效';
}

/** class-validator's own text, with the field as sent instead of the bare property. */
function english(name: string, message: string, field: string): string {
  if (name === 'whitelistValidation') return `${field} is not allowed`;
  return message.replace(/^\S+/, field);
}

/** The arguments the DTO gave the constraint (`@Min(1)` → [1]), read from class-validator's metadata. */
function constraintArguments(error: ValidationError, name: string): unknown[] {
  const target = error.target?.constructor;
  if (!target) return [];
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .find((m) => m.propertyName === error.property && (m.name ?? m.type) === name);
  return metadata?.constraints ?? [];
}
