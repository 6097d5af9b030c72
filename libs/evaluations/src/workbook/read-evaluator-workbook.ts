import { Decimal } from '@jixiao/decimal';
import { doubleText } from '@jixiao/importers';
import ExcelJS from 'exceljs';
import {
  FORM,
  IDS_SHEET,
  LockedCells,
  MoneyKey,
  WorkbookCellError,
  WorkbookEntry,
} from './evaluator-workbook-form';

const MONEY_LABELS: Record<MoneyKey, string> = {
  total: '年度资金总额',
  fiscal: '其中:财政拨款',
  other: '其他资金',
};

export interface EvaluatorWorkbookUpload {
  unitId: string | null;
  year: number | null;
  entries: WorkbookEntry[];
  /** Cells refused, by sheet, row and cell; an entry with errors is still listed (the preview shows both). */
  errors: WorkbookCellError[];
}

/**
 * Reads back a workbook made by `writeEvaluatorWorkbook`: per project sheet (matched through the hidden
 * ids sheet) what the evaluator entered, and every cell it cannot take: text in 全年执行数, a negative
 * amount, a locked cell changed (全年预算数, 年度指标值, 分值), a sheet or row missing. Never throws on
 * content; a file that is no such workbook is one error naming why.
 */
export async function readEvaluatorWorkbook(bytes: Buffer): Promise<EvaluatorWorkbookUpload> {
  const workbook = new ExcelJS.Workbook();
  const refused = (message: string): EvaluatorWorkbookUpload => ({
    unitId: null,
    year: null,
    entries: [],
    errors: [{ sheet: '', row: null, cell: null, message }],
  });
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return refused('文件不是可读取的 .xlsx 工作簿');
  }
  const ids = workbook.getWorksheet(IDS_SHEET);
  if (!ids)
    return refused(`不是本系统导出的自评工作簿：缺少隐藏的编号表（${IDS_SHEET}），请先下载工作簿再填写`);
  const head = ids.getRow(1);
  const year = Number(text(head.getCell(4)));
  const upload: EvaluatorWorkbookUpload = {
    unitId: text(head.getCell(2)) || null,
    year: Number.isInteger(year) ? year : null,
    entries: [],
    errors: [],
  };
  for (let r = 3; r <= ids.rowCount; r++) {
    const row = ids.getRow(r);
    const name = text(row.getCell(1));
    if (name === '') continue;
    const sheet = workbook.getWorksheet(name);
    if (!sheet) {
      upload.errors.push({
        sheet: name,
        row: null,
        cell: null,
        message: `工作表“${name}”缺失：请勿删除或重命名工作表`,
      });
      continue;
    }
    let locked: LockedCells;
    try {
      locked = JSON.parse(text(row.getCell(4))) as LockedCells;
    } catch {
      return refused(`隐藏的编号表（${IDS_SHEET}）已被修改，无法核对工作表“${name}”`);
    }
    upload.entries.push(
      readSheet(sheet, text(row.getCell(2)), Number(text(row.getCell(3))), locked, upload.errors),
    );
  }
  return upload;
}

function readSheet(
  sheet: ExcelJS.Worksheet,
  evaluationId: string,
  version: number,
  locked: LockedCells,
  errors: WorkbookCellError[],
): WorkbookEntry {
  const at = (row: number, column: number) => sheet.getCell(row, column);
  const error = (cell: ExcelJS.Cell, message: string) =>
    errors.push({
      sheet: sheet.name,
      row: Number(cell.row),
      cell: cell.address,
      message: `工作表“${sheet.name}”${cell.address}：${message}`,
    });
  const unchanged = (cell: ExcelJS.Cell, field: string, exported: string) => {
    const now = text(cell);
    if (!sameValue(now, exported)) error(cell, `${field}不可修改（导出时为“${exported}”，现为“${now}”）`);
  };
  const executed = {} as Record<MoneyKey, string | null>;
  for (const key of Object.keys(FORM.moneyRows) as MoneyKey[]) {
    const row = FORM.moneyRows[key];
    unchanged(at(row, FORM.budgetColumn), `${MONEY_LABELS[key]}全年预算数`, locked.budgets[key]);
    const cell = at(row, FORM.executedColumn);
    const value = text(cell);
    const amount = value === '' ? null : Decimal.tryParse(value.replace(/,/g, ''));
    if (value !== '' && (amount === null || amount.lt(Decimal.ZERO))) {
      error(cell, `${MONEY_LABELS[key]}全年执行数“${value}”不是不小于0的数字（万元）`);
    }
    executed[key] = amount === null || amount.lt(Decimal.ZERO) ? null : amount.toString();
  }
  const rows = locked.rows.map((exported, position) => {
    const r = FORM.firstIndicatorRow + position;
    unchanged(at(r, FORM.targetColumn), `第${position + 1}项指标的年度指标值`, exported.target);
    unchanged(at(r, FORM.weightColumn), `第${position + 1}项指标的分值`, exported.weight);
    return {
      position,
      actual: text(at(r, FORM.actualColumn)) || null,
      deductionReason: text(at(r, FORM.reasonColumn)) || null,
    };
  });
  return {
    sheet: sheet.name,
    evaluationId,
    version,
    executed,
    goalActual: text(at(FORM.goalRow, FORM.goalActualColumn)) || null,
    executionDeductionReason: text(at(FORM.executionRow, FORM.reasonColumn)) || null,
    rows,
  };
}

/** A number typed where text was exported (`20` for `20.0`) is the same value. */
function sameValue(now: string, exported: string): boolean {
  if (now === exported) return true;
  const a = Decimal.tryParse(now);
  const b = Decimal.tryParse(exported);
  return a !== null && b !== null && a.eq(b);
}

/** The cell as text; numbers exact to 15 significant digits, formulas by their result, merged cells once. */
function text(cell: ExcelJS.Cell): string {
  if (cell.isMerged && cell.master !== cell) return '';
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return doubleText(value);
  if (typeof value === 'object' && 'result' in value) {
    const result = value.result;
    return typeof result === 'number' ? doubleText(result) : String(result ?? '').trim();
  }
  return cell.text.trim();
}
