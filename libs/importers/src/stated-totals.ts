import { Decimal } from '@jixiao/decimal';
import { isTableLine } from './text/table-cells';

export interface StatedTotals {
  projects: number;
  budget: Decimal;
  /** 1-based line of the statement. */
  line: number;
}

/**
 * The prose where a document states its own totals, in the phrasings of the seeds:
 * `开展绩效管理的项目 27 个，涉及预算 1672.81 万元` (Leshan, Dachuan),
 * `将 10 个项目支出的绩效目标和指标向社会公开，涉及金额 1251.49 万元` (Jilin),
 * `涉及预算项目支出 6 个，预算资金 10,625.00 万元` (Lanshan).
 */
const STATEMENT =
  /(?:项目(?:支出)?\s*(\d+)\s*个|(\d+)\s*个项目)[^。]*?(?:涉及(?:预算|金额)|预算资金)\s*([\d,]+(?:\.\d+)?)\s*万元/;

/** The first statement of totals in a sentence about 绩效 (performance), or null. */
export function findStatedTotals(lines: string[]): StatedTotals | null {
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i];
    if (isTableLine(line) || !line.includes('绩效')) continue;
    const match = STATEMENT.exec(line);
    if (!match) continue;
    const budget = Decimal.tryParse(match[3]);
    if (budget === null) continue;
    return { projects: Number(match[1] ?? match[2]), budget, line: i + 1 };
  }
  return null;
}

/** The budget year: the first `2024 年` near the top of the document (its title). */
export function findDocumentYear(lines: string[]): number | null {
  for (let i = 0; i < Math.min(lines.length, 40); i += 1) {
    const match = /(20\d{2})\s*年/.exec(lines[i]);
    if (match) return Number(match[1]);
  }
  return null;
}
