import ExcelJS from 'exceljs';
import { sheetName, writeScorecardSheet } from '../export/scorecard-workbook';
import type { Scorecard } from '../scorecard.view';
import { FORM, IDS_SHEET, LockedCells, MoneyKey } from './evaluator-workbook-form';

/** Where a workbook comes from: the unit and year it was made for. */
export interface EvaluatorWorkbookScope {
  unitId: string;
  year: number;
}

const DECIMAL_RULE: ExcelJS.DataValidation = {
  type: 'decimal',
  operator: 'greaterThanOrEqual',
  formulae: [0],
  allowBlank: true,
  showErrorMessage: true,
  errorTitle: '全年执行数',
  error: '请填写不小于0的数字（万元）',
};
const textRule = (title: string, max: number): ExcelJS.DataValidation => ({
  type: 'textLength',
  operator: 'lessThanOrEqual',
  formulae: [max],
  allowBlank: true,
  showErrorMessage: true,
  errorTitle: title,
  error: `最多${max}个字符`,
});

/**
 * A unit's self-evaluations as one workbook to take offline: one protected 自评表 sheet per project
 * (the official form, as exported), only the inputs unlocked (全年执行数, 实际完成情况, 实际完成值,
 * 扣分原因分析) with data validation; targets, weights, budgets and 得分 stay locked. A very hidden sheet
 * keeps each sheet's evaluation id, version and locked cells, so that the upload can be matched and checked.
 */
export async function writeEvaluatorWorkbook(
  cards: readonly Scorecard[],
  scope: EvaluatorWorkbookScope,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Jixiao 绩效';
  const names = new Set<string>();
  const ids: (string | number)[][] = [
    ['unitId', scope.unitId, 'year', scope.year],
    ['sheet', 'evaluationId', 'version', 'locked'],
  ];
  for (const card of cards) {
    const sheet = workbook.addWorksheet(sheetName(card.projectName, names));
    writeScorecardSheet(sheet, card);
    unlockInputs(sheet, card);
    // No password: the lock keeps accidental edits out; the upload checks the locked cells anyway.
    await sheet.protect('', {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      formatRows: true,
    });
    ids.push([sheet.name, card.id, card.version, JSON.stringify(lockedCells(card))]);
  }
  // Last, so that the workbook opens on the first project.
  workbook.addWorksheet(IDS_SHEET, { state: 'veryHidden' }).addRows(ids);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function lockedCells(card: Scorecard): LockedCells {
  return {
    budgets: {
      total: card.money.total.budget ?? '',
      fiscal: card.money.fiscal.budget ?? '',
      other: card.money.other.budget ?? '',
    },
    rows: card.rows.map((row) => ({ target: row.target, weight: row.weight ?? '' })),
  };
}

function unlockInputs(sheet: ExcelJS.Worksheet, card: Scorecard): void {
  const input = (row: number, column: number, rule: ExcelJS.DataValidation) => {
    const cell = sheet.getCell(row, column);
    cell.protection = { locked: false };
    cell.dataValidation = rule;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF8DC' } };
  };
  for (const key of Object.keys(FORM.moneyRows) as MoneyKey[])
    input(FORM.moneyRows[key], FORM.executedColumn, DECIMAL_RULE);
  input(FORM.goalRow, FORM.goalActualColumn, textRule('实际完成情况', 4000));
  input(FORM.executionRow, FORM.reasonColumn, textRule('扣分原因分析', 4000));
  card.rows.forEach((_row, i) => {
    input(FORM.firstIndicatorRow + i, FORM.actualColumn, textRule('实际完成值', 2000));
    input(FORM.firstIndicatorRow + i, FORM.reasonColumn, textRule('扣分原因分析', 4000));
  });
}
