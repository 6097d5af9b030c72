/**
 * The evaluator workbook of a unit: 200 projects × 15 indicator rows. Times the export (one protected
 * 自评表 sheet per project, validation, the hidden ids sheet) and the reading of the upload that the preview
 * rests on (every sheet read back and checked against its locked cells, then every project scored with the
 * entered actuals). Baseline in the same run: exceljs writing the same cell values bare (no styles, merges,
 * protection or validation), so the ratios compare across machines. Target (issue 14): under 3 s each.
 *
 *   node -r @swc-node/register bench/evaluator-workbook.bench.ts
 */
import { Decimal } from '@jixiao/decimal';
import { indicatorFromPrinted, JINKOUHE_PROFILE, scoreProject } from '@jixiao/scoring';
import ExcelJS from 'exceljs';
import { scorecardFixture } from '../libs/evaluations/src/workbook/evaluator-workbook-card.fixture';
import { readEvaluatorWorkbook } from '../libs/evaluations/src/workbook/read-evaluator-workbook';
import { writeEvaluatorWorkbook } from '../libs/evaluations/src/workbook/write-evaluator-workbook';
import type { Scorecard } from '../libs/evaluations/src/scorecard.view';

const PROJECTS = 200;
const ROWS = 15;

async function seconds<T>(work: () => Promise<T>): Promise<[number, T]> {
  const started = process.hrtime.bigint();
  const result = await work();
  return [Number(process.hrtime.bigint() - started) / 1e9, result];
}

/** The same values the form holds (header block, money, goal, table), written bare. */
async function bareWorkbook(cards: readonly Scorecard[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const card of cards) {
    const sheet = workbook.addWorksheet(card.projectName);
    sheet.addRow(['部门预算项目支出绩效自评表']);
    sheet.addRow(['项目名称:', card.projectName, null, null, null, '年度:', `${card.year}年`]);
    sheet.addRow([
      '主管部门:',
      card.competentDepartment,
      null,
      null,
      null,
      '实施单位:',
      card.implementingUnit,
    ]);
    sheet.addRow(['项目资金(万元)', null, '全年预算数', null, '全年执行数', null, '预算执行率']);
    for (const line of [card.money.total, card.money.fiscal, card.money.other])
      sheet.addRow([null, '资金', line.budget, null, line.executed, null, line.rate]);
    sheet.addRow(['年度总体目标', '预期目标', null, null, '实际完成情况']);
    sheet.addRow([null, card.goal.expected, null, null, card.goal.actual]);
    sheet.addRow([
      '一级指标',
      '二级指标',
      '三级指标',
      '年度指标值',
      '实际完成值',
      '分值/权重',
      '得分',
      '扣分原因分析',
    ]);
    sheet.addRow(['得分', null, null, null, null, 100, card.total]);
    sheet.addRow(['预算执行率(10分)', null, null, '100%', '80%', 10, 8, null]);
    for (const row of card.rows)
      sheet.addRow([
        row.level1,
        row.level2,
        row.level3,
        row.target,
        row.actual,
        Number(row.weight),
        null,
        null,
      ]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function run(): Promise<Record<string, unknown>> {
  const cards = Array.from({ length: PROJECTS }, (_, i) => scorecardFixture(i, ROWS));
  const scope = { unitId: '00000000-0000-4000-8000-00000000000a', year: 2024 };
  await writeEvaluatorWorkbook(cards.slice(0, 5), scope); // warm-up
  const [baseline] = await seconds(() => bareWorkbook(cards));
  const [exportSeconds, bytes] = await seconds(() => writeEvaluatorWorkbook(cards, scope));
  const [previewSeconds, scored] = await seconds(async () => {
    const upload = await readEvaluatorWorkbook(bytes);
    if (upload.errors.length > 0) throw new Error(`unchanged workbook refused: ${upload.errors[0].message}`);
    return upload.entries.map((entry, p) =>
      scoreProject(
        {
          indicators: cards[p].rows.map((row, i) =>
            indicatorFromPrinted({
              ...row,
              actual: entry.rows[i].actual,
              weight: Decimal.parse(row.weight ?? '0'),
            }),
          ),
          budget: Decimal.parse(cards[p].money.total.budget ?? '0'),
          executed: entry.executed.total === null ? null : Decimal.parse(entry.executed.total),
          executionDeductionReason: entry.executionDeductionReason,
          year: 2024,
        },
        JINKOUHE_PROFILE,
      ),
    );
  });
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return {
    projects: PROJECTS,
    rowsPerProject: ROWS,
    workbookBytes: bytes.length,
    exportSeconds: round(exportSeconds),
    previewSeconds: round(previewSeconds),
    bareExceljsSeconds: round(baseline),
    exportVsBare: round(exportSeconds / baseline),
    previewVsBare: round(previewSeconds / baseline),
    scoredProjects: scored.length,
  };
}

if (require.main === module) {
  void run().then((result) => process.stdout.write(`${JSON.stringify(result, null, 2)}\n`));
}
