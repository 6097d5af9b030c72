import { Decimal } from '@jixiao/decimal';
import { AmountInput, parseAmount } from './amount';
import { UnreconciledFlag } from './flag';
import { Severity } from './severity';

export interface ReconcileItem {
  /** Project code or name, for the caller's reference. */
  key: string;
  /** 预算数 (万元); an empty cell adds nothing. */
  budget: AmountInput;
}

export interface StatedTotal {
  /** What the total is, e.g. `乐山市医疗保障局 开展绩效管理的项目`. */
  label: string;
  budget: AmountInput;
  /** Line of the statement in the source document. */
  line?: number;
  /** How many items the statement counts (`开展绩效管理的项目 27 个`), where it does. */
  items?: number;
}

const UNRECONCILED_SEVERITY: Severity = 'minor';

/**
 * 合计核对: UNRECONCILED when the items do not add up to the total a document states (Leshan's 27 projects
 * add up to 1672.83 against a stated 1672.81). Both figures are reported; neither is "fixed".
 * Null when they agree, or when the document states no total.
 */
export function reconcile(items: readonly ReconcileItem[], stated: StatedTotal): UnreconciledFlag | null {
  const total = parseAmount(stated.budget, 'stated.budget');
  if (total === null) return null;
  const sum = Decimal.sum(items.map((item, i) => parseAmount(item.budget, 'budget', i) ?? Decimal.ZERO));
  const countDiffers = stated.items !== undefined && stated.items !== items.length;
  if (sum.eq(total) && !countDiffers) return null;
  // 万元 to 2 places, as the documents print them.
  const [statedText, sumText, difference] = [total, sum, sum.sub(total)].map((amount) => amount.toFixed(2));
  const listed = countDiffers ? `所列 ${stated.items} 项 ${statedText} 万元` : `所列 ${statedText} 万元`;
  return {
    code: 'UNRECONCILED',
    severity: UNRECONCILED_SEVERITY,
    message: `${stated.label}：${items.length} 项合计 ${sumText} 万元，与${listed}不符（差 ${difference} 万元）`,
    label: stated.label,
    ...(stated.line === undefined ? {} : { line: stated.line }),
    stated: statedText,
    sum: sumText,
    difference,
    items: items.length,
    ...(stated.items === undefined ? {} : { statedItems: stated.items }),
  };
}
