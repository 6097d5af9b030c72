import { ImportError, ImportErrorCode, limitMessage } from '@jixiao/importers';
import { DomainError } from '@jixiao/platform';

const MESSAGES: Record<ImportErrorCode, string> = {
  EMPTY_FILE: '文件为空',
  BINARY_FILE: '无法识别的文件：不是文本表格或电子表格',
  FILE_TOO_LARGE: '文件过大',
  UNKNOWN_LAYOUT: '未找到可识别的绩效目标表',
  COLUMNS_MISSING: '表格缺少必需的列',
  NOT_A_NUMBER: '应为数字的单元格不是数字',
  BAD_VALUE: '单元格的值无法识别',
  BAD_SPREADSHEET: '电子表格无法读取',
  UNSAFE_TEXT: '文件含有不允许的字符（空字符或无效的 Unicode）',
  LIMIT_EXCEEDED: '文件超出读取上限',
};

/**
 * An importer's refusal as the API's error: `IMPORT.<code>` (or another prefix: `EVALUATION_IMPORT`), a
 * Chinese message — stating the limit when one was passed (413) — and the line and field.
 */
export function importErrorToDomain(error: ImportError, prefix = 'IMPORT'): DomainError {
  const where = [error.line === null ? null : `第 ${error.line} 行`, error.field].filter(Boolean).join('，');
  const message = where ? `${MESSAGES[error.code]}（${where}）` : MESSAGES[error.code];
  return new DomainError(
    error.limit ? 'too-large' : 'invalid',
    `${prefix}.${error.code}`,
    error.limit ? `${message}：${limitMessage(error.limit)}` : message,
    { importCode: error.code, line: error.line, field: error.field, reason: error.message, limit: error.limit },
    { cause: error },
  );
}
