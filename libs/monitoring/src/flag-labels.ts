import type { FlagCode } from './flag';

/** What each flag kind is called in Chinese: titles and views show these, never the code. */
export const FLAG_LABELS: Readonly<Record<FlagCode, string>> = {
  LAGGING: '执行进度滞后',
  UNDER_EXECUTED: '执行率偏低',
  OVER_EXECUTED: '超预算执行',
  NO_BUDGET: '无预算',
  REASON_MISSING: '未说明原因',
  REASON_TOO_LONG: '原因说明超长',
  UNRECONCILED: '金额不符',
};

/** The label of a stored code; an unknown one (a code from a newer version) is called 执行预警. */
export function flagLabel(code: string): string {
  return (FLAG_LABELS as Record<string, string>)[code] ?? '执行预警';
}
