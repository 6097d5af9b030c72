import { readFileSync } from 'fs';
import { resolve } from 'path';

/** One project's money block (项目资金) of the Jinkouhe 2023 self-evaluation, as printed. */
export interface JinkouheMoneyBlock {
  project: string;
  /** 年度资金总额: 全年预算数 / 全年执行数 / 预算执行率 cells, verbatim. */
  budget: string;
  executed: string;
  printedRate: string;
  /** 其他资金 row, verbatim (`''` where empty; the rate cell is often `#DIV/0!`). */
  otherBudget: string;
  otherExecuted: string;
  otherPrintedRate: string;
  /** 扣分原因分析 of the 预算执行率(10分) row; null where the table was cut off before it. */
  reason: string | null;
}

/**
 * Reads the money blocks of 第四部分 from the seed, for tests. A project printed twice is kept once.
 * Cells are tab-separated with padding tabs, so a row is read as its non-empty cells in order.
 */
export function readJinkouheMoneyBlocks(): JinkouheMoneyBlock[] {
  const text = readFileSync(
    resolve(process.cwd(), 'test/fixtures/seeds/jinkouhe-2023-final-accounts.txt'),
    'utf8',
  );
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((l) => l.includes('部门预算项目支出绩效自评表'));
  const blocks = new Map<string, JinkouheMoneyBlock>();
  let current: JinkouheMoneyBlock | null = null;
  for (const line of lines.slice(start)) {
    const cells = line
      .split('\t')
      .map((c) => c.trim())
      .filter((c) => c !== '');
    if (/^项目名称[:：]$/.test(cells[0] ?? '')) {
      current = {
        project: cells[1],
        budget: '',
        executed: '',
        printedRate: '',
        otherBudget: '',
        otherExecuted: '',
        otherPrintedRate: '',
        reason: null,
      };
      if (!blocks.has(current.project)) blocks.set(current.project, current);
    } else if (current && cells[0] === '年度资金总额') {
      [current.budget, current.executed, current.printedRate] = cells.slice(1);
    } else if (current && cells[0] === '其他资金') {
      // Every 其他资金 row of the seed is empty but for an optional rate cell (#DIV/0!).
      const values = cells.slice(1);
      [current.otherBudget, current.otherExecuted, current.otherPrintedRate] =
        values.length === 3 ? values : ['', '', values.at(-1) ?? ''];
    } else if (current && /^预算执行率\s*[(（]10分[)）]$/.test(cells[0] ?? '')) {
      current.reason = cells[5] ?? '';
    }
  }
  return [...blocks.values()];
}
