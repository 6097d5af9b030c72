import { readExecutionSheet, EXECUTION_HEADER } from './execution-sheet';
import { parseCsv } from './csv';
import { readTable, writeTable } from './table-file';
import ExcelJS from 'exceljs';
import * as iconv from 'iconv-lite';

// Jinkouhe 2023 money blocks (全年执行数) as a filled-in template.
const rows = [
  [
    'p-1',
    '',
    '驻村工作队队员补助',
    '金口河区医疗保障局',
    '1.5',
    '2023-12-31',
    '0.85',
    '',
    '驻村工作时间只持续到2023年8月结束',
  ],
  [
    'p-2',
    '',
    '城镇18周岁以上低保三无人员和尘肺病患者医疗',
    '金口河区医疗保障局',
    '2.5',
    '2023-12-31',
    '2.77',
    '',
    '',
  ],
  ['p-3', '', '医保基金监督举报奖励经费, "举报"', '金口河区医疗保障局', '1', '2023-12-31', '3', '', ''],
  [
    'p-4',
    '',
    '城乡居民医疗保险区财政补助',
    '金口河区医疗保障局',
    '140',
    '2023-12-31',
    '135.22',
    '1,400.00',
    '',
  ],
];

describe('execution spreadsheet round trip', () => {
  it.each(['xlsx', 'csv'] as const)(
    '%s: written and read back cell for cell, exact decimals',
    async (format) => {
      const bytes = await writeTable(format, '执行记录', EXECUTION_HEADER, rows);
      const table = await readTable(bytes);
      expect(table.header).toEqual(EXECUTION_HEADER);
      expect(table.rows.map((r) => Object.values(r.cells))).toEqual(rows);
      expect(table.rows.map((r) => r.row)).toEqual([2, 3, 4, 5]);
      const sheet = readExecutionSheet(table.header, table.rows);
      expect(sheet.skipped).toBe(0);
      expect(sheet.problems).toEqual([]);
      expect(sheet.records).toEqual([
        {
          projectId: 'p-1',
          asOf: '2023-12-31',
          executed: '0.85',
          reason: '驻村工作时间只持续到2023年8月结束',
          row: 2,
        },
        { projectId: 'p-2', asOf: '2023-12-31', executed: '2.77', reason: null, row: 3 },
        { projectId: 'p-3', asOf: '2023-12-31', executed: '3', reason: null, row: 4 },
        {
          projectId: 'p-4',
          asOf: '2023-12-31',
          executed: '135.22',
          adjustedBudget: '1400.00',
          reason: null,
          row: 5,
        },
      ]);
    },
  );

  it('reads numbers typed or computed in Excel as the decimals they stand for, never a float artefact', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('执行记录');
    sheet.addRow([...EXECUTION_HEADER]);
    sheet.addRow(['p-1', '', '驻村', '', 1.5, '2023-12-31', 0.1 + 0.2, '', '']);
    sheet.addRow(['p-2', '', '尘肺', '', 2.5, '2023-12-31', { formula: '1.385*2', result: 2.77 }, 1e-7, '']);
    const table = await readTable(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(table.rows.map((r) => Object.values(r.cells)).map((c) => [c[4], c[6], c[7]])).toEqual([
      ['1.5', '0.3', ''],
      ['2.5', '2.77', '0.0000001'],
    ]);
  });

  it('reads a CSV saved by Chinese Windows (GB18030, CRLF)', async () => {
    const text = `${EXECUTION_HEADER.join(',')}\r\np-1,,驻村工作队队员补助,,1.5,2023-12-31,0.85,,\r\n`;
    const table = await readTable(iconv.encode(text, 'gb18030'));
    expect(table.rows[0].cells['项目名称']).toBe('驻村工作队队员补助');
  });

  it('skips only fully blank rows: a project and date without 累计执行数 is refused, naming row and field', () => {
    const blank = ['', '', '', '', '', '', '', '', ''];
    const unfilled = [
      'p-3',
      '',
      '医保基金监督举报奖励经费',
      '金口河区医疗保障局',
      '1',
      '2023-12-31',
      '',
      '',
      '',
    ];
    const tableRows = [rows[0], blank, unfilled].map((cells, i) => ({
      row: i + 2,
      cells: Object.fromEntries(EXECUTION_HEADER.map((h, j) => [h, cells[j]])),
    }));
    const sheet = readExecutionSheet(EXECUTION_HEADER, tableRows);
    expect(sheet.skipped).toBe(1);
    expect(sheet.problems).toEqual([
      {
        index: 1,
        row: 4,
        field: '累计执行数（万元）',
        code: 'AMOUNT_MISSING',
        message: '第 4 行缺少累计执行数（万元）',
      },
    ]);
  });

  it('numbers CSV rows as the spreadsheet shows them, blank rows counted', async () => {
    const text = `${EXECUTION_HEADER.join(',')}\r\n,,,,,,,,\r\n\r\np-1,,驻村,,1.5,2023-12-31,,,\r\n`;
    const table = await readTable(Buffer.from(text));
    expect(table.rows.map((r) => r.row)).toEqual([4]);
  });

  it('names missing columns', () => {
    expect(readExecutionSheet(['项目ID', '截至日期'], []).problems.map((p) => p.message)).toEqual([
      '缺少列：累计执行数（万元）',
    ]);
  });

  it.each([
    [
      'a,b\r\nc,d',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    ['"a,1","say ""hi"""\n', [['a,1', 'say "hi"']]],
    ['"two\nlines",x', [['two\nlines', 'x']]],
    [
      'a,\n\n,b',
      [
        ['a', ''],
        ['', 'b'],
      ],
    ],
  ])('parseCsv(%j)', (text, expected) => {
    expect(parseCsv(text)).toEqual(expected);
  });
});
