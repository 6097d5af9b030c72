import type { PrintedMoneyRow, PrintedSelfEvaluation } from '@jixiao/importers';
import { reconcile } from '@jixiao/monitoring';
import type { Finding } from './finding';

const COLUMNS = [
  ['全年预算数', (row: PrintedMoneyRow) => row.budget],
  ['全年执行数', (row: PrintedMoneyRow) => row.executed],
] as const;

/**
 * 项目资金 of a printed 自评表: 年度资金总额 must be 其中:财政拨款 + 其他资金, for the budget and for the
 * execution alike. UNRECONCILED findings (both figures, neither fixed) where it is not; none when the
 * table prints no total or no split.
 */
export function reconcileMoneyBlock(money: PrintedSelfEvaluation['money']): Finding[] {
  const parts = [money.fiscal, money.other].filter((row) => row !== null);
  const total = money.total;
  if (!total || parts.length === 0) return [];
  return COLUMNS.flatMap(([column, amount]) => {
    const flag = reconcile(
      parts.map((row) => ({ key: `line ${row.line}`, budget: amount(row) })),
      { label: `年度资金总额 ${column}`, budget: amount(total), line: total.line },
    );
    return flag ? [{ ...flag, column }] : [];
  });
}
