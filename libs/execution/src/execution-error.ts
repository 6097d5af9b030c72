import { MonitoringError } from '@jixiao/monitoring';
import { DomainError } from '@jixiao/platform';

/** One refused row of a request or a spreadsheet; `row` is the spreadsheet's row number where there is one. */
export interface RowProblem {
  index: number;
  row?: number;
  field: string;
  code: string;
  message: string;
}

/** 400 naming every refused row; nothing was written. */
export function invalidRows(problems: RowProblem[]): DomainError {
  const first = problems[0];
  const where = first.row !== undefined ? `第 ${first.row} 行` : `第 ${first.index + 1} 条`;
  return new DomainError(
    'invalid',
    'EXECUTION.INVALID_RECORDS',
    `执行记录有 ${problems.length} 处错误，未写入任何数据（${where}：${first.message}）`,
    { rows: problems },
  );
}

/** A problem the monitoring library found, as a row problem. */
export function rowProblem(error: MonitoringError, index: number, row?: number): RowProblem {
  return {
    index,
    ...(row === undefined ? {} : { row }),
    field: error.field,
    code: error.code,
    message: error.message,
  };
}

export function invalidRuleSet(error: MonitoringError): DomainError {
  return new DomainError('invalid', 'RULE_SET.INVALID', error.message, { field: error.field });
}
