import ExcelJS from 'exceljs';
import type { MoneyLine, Scorecard } from '../scorecard.view';

const COLUMNS = [
  '一级指标',
  '二级指标',
  '三级指标',
  '年度指标值',
  '实际完成值',
  '分值/权重(百分制)',
  '得分',
  '扣分原因分析',
];
const WIDTHS = [12, 16, 28, 18, 18, 10, 8, 32];
const THIN = { style: 'thin' } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/**
 * 部门预算项目支出绩效自评表 as the official form (the Jinkouhe 决算 layout, seed 001), one worksheet (one
 * printed page) per project: the header block (项目名称: / 年度: / 主管部门: / 实施单位:), the money block,
 * 年度总体目标, then the scored table starting with 得分 (total, and the grade beside it) and
 * 预算执行率(10分); 一级/二级指标 printed once per group (merged down), as the form does. Print area set,
 * fit to one page wide, borders on every cell of the form. An undefined rate prints as `无法计算`,
 * never `#DIV/0!`.
 */
export async function writeScorecardWorkbook(scorecards: readonly Scorecard[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Jixiao 绩效';
  const names = new Set<string>();
  for (const card of scorecards) writeScorecardSheet(workbook.addWorksheet(sheetName(card.projectName, names)), card);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** One project's 自评表 on its worksheet (also the evaluator workbook's project sheets). */
export function writeScorecardSheet(sheet: ExcelJS.Worksheet, card: Scorecard): void {
  sheet.columns = WIDTHS.map((width) => ({ width }));
  const put = (row: number, values: (string | number | null)[], merges: [number, number][] = []) => {
    values.forEach((value, i) => {
      if (value !== null) sheet.getCell(row, i + 1).value = value;
    });
    for (const [from, to] of merges) sheet.mergeCells(row, from, row, to);
  };

  put(1, [`部门预算项目支出绩效自评表（${card.year}年度）`], [[1, 8]]);
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  sheet.getCell(1, 1).alignment = { horizontal: 'center' };
  put(
    2,
    ['项目名称:', card.projectName, null, null, null, '年度:', `${card.year}年`],
    [
      [2, 5],
      [7, 8],
    ],
  );
  put(
    3,
    ['主管部门:', card.competentDepartment ?? '', null, null, null, '实施单位:', card.implementingUnit ?? ''],
    [
      [2, 5],
      [7, 8],
    ],
  );
  put(
    4,
    ['项目资金(万元)', null, '全年预算数', null, '全年执行数', null, '预算执行率'],
    [
      [3, 4],
      [5, 6],
      [7, 8],
    ],
  );
  const money: [string, MoneyLine][] = [
    ['年度资金总额', card.money.total],
    ['其中:财政拨款', card.money.fiscal],
    ['其他资金', card.money.other],
  ];
  money.forEach(([label, line], i) => {
    put(
      5 + i,
      [null, label, amount(line.budget), null, amount(line.executed), null, rate(line)],
      [
        [3, 4],
        [5, 6],
        [7, 8],
      ],
    );
  });
  sheet.mergeCells(4, 1, 7, 1);
  put(
    8,
    ['年度总体目标', '预期目标', null, null, '实际完成情况'],
    [
      [2, 4],
      [5, 8],
    ],
  );
  put(
    9,
    [null, card.goal.expected ?? '', null, null, card.goal.actual ?? ''],
    [
      [2, 4],
      [5, 8],
    ],
  );
  sheet.mergeCells(8, 1, 9, 1);
  put(10, COLUMNS);
  put(
    11,
    [
      '得分',
      null,
      null,
      null,
      null,
      100,
      score(card.total),
      card.grade === null ? '' : `自评等级：${card.grade}`,
    ],
    [[1, 5]],
  );
  const execution = card.executionRate;
  put(
    12,
    [
      `预算执行率(${execution.weight}分)`,
      null,
      null,
      '100%',
      card.money.total.rate === null ? '无法计算' : `${card.money.total.rate}%`,
      Number(execution.weight),
      score(execution.score),
      execution.deductionReason ?? '',
    ],
    [[1, 3]],
  );
  card.rows.forEach((row, i) => {
    put(13 + i, [
      row.level1,
      row.level2,
      row.level3,
      row.target,
      row.actual ?? '',
      amount(row.weight),
      score(row.score),
      row.deductionReason ?? '',
    ]);
  });
  const lastRow = 12 + card.rows.length;
  mergeGroups(sheet, card, 13);

  for (let r = 2; r <= lastRow; r++) {
    for (let c = 1; c <= 8; c++) {
      const cell = sheet.getCell(r, c);
      cell.border = BORDER;
      cell.alignment = { vertical: 'middle', wrapText: true };
    }
  }
  for (const r of [4, 8, 10]) sheet.getRow(r).font = { bold: true };
  sheet.getRow(11).font = { bold: true };
  sheet.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 1,
    printArea: `A1:H${lastRow}`,
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
  };
  sheet.headerFooter = { oddFooter: `${card.projectName} 第 &P 页，共 &N 页` };
}

/** 一级指标 once per run of equal names, 二级指标 once per run inside it: merged down, as printed. */
function mergeGroups(sheet: ExcelJS.Worksheet, card: Scorecard, firstRow: number): void {
  const merge = (column: 1 | 2, key: (i: number) => string) => {
    let start = 0;
    for (let i = 1; i <= card.rows.length; i++) {
      if (i < card.rows.length && key(i) === key(start)) continue;
      if (i - start > 1) {
        for (let r = start + 1; r < i; r++) sheet.getCell(firstRow + r, column).value = null;
        sheet.mergeCells(firstRow + start, column, firstRow + i - 1, column);
      }
      start = i;
    }
  };
  merge(1, (i) => card.rows[i].level1);
  merge(2, (i) => `${card.rows[i].level1}\u0000${card.rows[i].level2}`);
}

/**
 * Scores print as numbers (91.4). Scores have one decimal place and weights at most two, so the
 * number is exact in the cell; an unscored row stays empty.
 */
function score(value: string | null): number | string {
  return value === null ? '' : Number(value);
}

function amount(value: string | null): number | string {
  return value === null ? '' : Number(value);
}

function rate(line: MoneyLine): string {
  if (line.rate !== null) return `${line.rate}%`;
  return line.budget === null && line.executed === null ? '' : '无法计算';
}

/** Excel sheet names: ≤ 31 characters, none of []:*?/\, unique in the workbook. */
export function sheetName(projectName: string, taken: Set<string>): string {
  const base = projectName.replace(/[[\]:*?/\\]/g, ' ').slice(0, 28) || '项目';
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}(${n})`;
  taken.add(name);
  return name;
}
