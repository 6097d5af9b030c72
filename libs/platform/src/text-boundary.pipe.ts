import {
  codePointLabel,
  findCharacterNotInName,
  findUnsafeCharacter,
  UNSAFE_CHARACTER_LABEL,
} from '@jixiao/text-safety';
import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { DomainError } from './domain-error';

/**
 * Properties that hold a name, a code or a username (名称、编码、用户名): `name`, `code`, `username`,
 * `displayName`, `unitName`, `projectCode`, … — any property whose name ends in `name`/`Name` or
 * `code`/`Code`. Recognised by this one naming rule, not by a decorator on each DTO, so that a new DTO
 * field named like the others is covered without anyone remembering to mark it (the API's DTOs all follow it).
 */
const NAME_PROPERTY = /(?:^|[a-z0-9])(?:name|Name|code|Code)$/;

const SOURCES: Partial<Record<ArgumentMetadata['type'], string>> = {
  body: '',
  query: 'query',
  param: 'params',
};

/**
 * The one text boundary of the API (文本边界), a global pipe that runs before validation on every body
 * (JSON or multipart fields), query and route parameter, at any depth, keys included:
 * - NUL and lone surrogates (after JSON.parse, which makes `"\ud800"` one) → 400 `REQUEST.INVALID_TEXT`;
 * - bidi controls, zero-width and control characters in a name, code or username → the same 400.
 * The field is named as a path: `rows[3].actual`, `query.q`, `params.id`.
 */
@Injectable()
export class TextBoundaryPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    const source = SOURCES[metadata.type];
    if (source === undefined) return value;
    const root = [source, metadata.data].filter(Boolean).join('.');
    checkValue(value, root, metadata.data ?? '');
    return value;
  }
}

function checkValue(value: unknown, path: string, property: string): void {
  if (typeof value === 'string') return checkString(value, path, property);
  if (Array.isArray(value)) {
    value.forEach((item, index) => checkValue(item, `${path}[${index}]`, property));
    return;
  }
  if (value === null || typeof value !== 'object' || Buffer.isBuffer(value)) return;
  for (const [key, item] of Object.entries(value)) {
    const keyPath = path ? `${path}.${key}` : key;
    checkString(key, keyPath, '');
    checkValue(item, keyPath, key);
  }
}

function checkString(text: string, path: string, property: string): void {
  const unsafe = findUnsafeCharacter(text);
  if (unsafe !== null) {
    throw invalidText(path, `含有${UNSAFE_CHARACTER_LABEL[unsafe.kind]}`, unsafe.kind, unsafe.index);
  }
  if (NAME_PROPERTY.test(property)) {
    const index = findCharacterNotInName(text);
    if (index >= 0) {
      const label = codePointLabel(text, index);
      throw invalidText(
        path,
        `含有不可见或控制字符 ${label}（名称、编码和用户名中不允许）`,
        'INVISIBLE',
        index,
      );
    }
  }
}

function invalidText(field: string, problem: string, reason: string, index: number): DomainError {
  const shown = field || '请求体';
  return new DomainError('invalid', 'REQUEST.INVALID_TEXT', `字段 ${shown} ${problem}`, {
    field: shown,
    reason,
    index,
  });
}
