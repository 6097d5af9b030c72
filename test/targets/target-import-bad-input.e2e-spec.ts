import ExcelJS from 'exceljs';
import request from 'supertest';
import { TestApp, createTestApp } from '../support/test-app';
import { authHeader } from '../support/auth';
import { countRows, createDepartment, Headers, seed, upload } from './support/target-api';

const TEMPLATE_HEADER =
  '部门编码,部门名称,年度,单位编码,单位名称,项目编码,项目名称,项目类别,预算数,财政拨款,其他资金,年度目标,一级指标,二级指标,三级指标,指标解释,指标性质,指标值,度量单位,权重,指标方向性';

/** Bad files: each answered with a clear 4xx naming the problem, and the database left as it was. */
describe('target imports: bad input (e2e)', () => {
  let t: TestApp;
  let admin: Headers;
  let department: { id: string };
  let before: Record<string, number>;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await authHeader(t, { role: 'admin' });
    department = await createDepartment(t, admin, '坏文件');
    before = await countRows(t, department.id);
  });
  afterEach(async () => {
    expect(await countRows(t, department.id)).toEqual(before);
  });
  afterAll(() => t.close());

  const leshanLines = seed('leshan-2024-budget.txt').toString('utf8').split('\n');
  const header = leshanLines.findIndex((line) => line.startsWith('单位名称\t项目名称\t预算数'));

  it.each([
    ['an empty file', 'empty.txt', Buffer.alloc(0), 'IMPORT.EMPTY_FILE'],
    [
      'a binary file',
      'photo.txt',
      Buffer.from([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3,
      ]),
      'IMPORT.BINARY_FILE',
    ],
    ['an unknown extension', 'targets.pdf', Buffer.from('%PDF-1.7'), 'IMPORT.UNKNOWN_LAYOUT'],
    [
      'a table with columns missing',
      'cut.txt',
      Buffer.from(
        [
          '部门项目支出绩效目标表（2024年度）',
          '单位名称\t项目名称\t预算数\t年度目标\t一级指标\t二级指标\t三级指标',
          ...leshanLines.slice(header + 1, header + 6),
        ].join('\n'),
      ),
      'IMPORT.COLUMNS_MISSING',
    ],
    [
      'text where a number belongs',
      'template.csv',
      Buffer.from(
        `${TEMPLATE_HEADER}\n315,乐山市医疗保障局,2024,315001,机关,P1,日常公用经费,人员类,五十三,,,,产出指标,数量指标,科目调整次数,,≤,5,次,20,反向指标\n`,
      ),
      'IMPORT.NOT_A_NUMBER',
    ],
  ])('refuses %s with 400 naming the problem', async (_what, filename, bytes, code) => {
    const response = await upload(t, admin, filename, bytes, { departmentId: department.id }).expect(400);
    expect(response.body.code).toBe(code);
    expect(typeof response.body.message).toBe('string');
    expect(response.body.details).toHaveProperty('importCode', code.replace('IMPORT.', ''));
    if (code === 'IMPORT.NOT_A_NUMBER')
      expect(response.body.details).toMatchObject({ line: 2, field: expect.stringMatching(/budget|预算数/) });
  });

  it('refuses an upload over the limit (50 MB) with 413', async () => {
    const response = await upload(t, admin, 'huge.txt', Buffer.alloc(50 * 1024 * 1024 + 1, 0x41), {
      departmentId: department.id,
    }).expect(413);
    expect(response.body).toMatchObject({
      code: 'REQUEST.TOO_LARGE',
      details: { field: 'file', limit: 50 * 1024 * 1024 },
    });
  });

  it('refuses a request without a file, naming the field', async () => {
    const response = await request(t.http)
      .post('/api/imports')
      .set(admin)
      .field('departmentId', department.id)
      .expect(400);
    expect(response.body).toMatchObject({ code: 'IMPORT.FILE_MISSING', details: { field: 'file' } });
  });

  it('names every bad form field', async () => {
    const response = await upload(t, admin, 'leshan.txt', seed('leshan-2024-budget.txt'), {
      departmentId: 'not-a-uuid',
      year: 'next',
    }).expect(400);
    expect(response.body.code).toBe('VALIDATION.FAILED');
    expect(response.body.details.fields.map((f: { field: string }) => f.field).sort()).toEqual([
      'departmentId',
      'year',
    ]);
  });

  it('warns about formulas and merged cells in a spreadsheet at preview, writing nothing', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('绩效目标');
    sheet.addRow(TEMPLATE_HEADER.split(','));
    sheet.addRow([
      '315',
      '乐山市医疗保障局',
      2024,
      '315001',
      '机关',
      'P1',
      '日常公用经费',
      '人员类',
      53.2,
      null,
      null,
      '',
      '产出指标',
      '数量指标',
      '科目调整次数',
      '',
      '≤',
      '5',
      '次',
      20,
      '反向指标',
    ]);
    sheet.addRow([
      '315',
      '乐山市医疗保障局',
      2024,
      '315001',
      '机关',
      'P1',
      '日常公用经费',
      '人员类',
      53.2,
      null,
      null,
      '',
      '效益指标',
      '社会效益指标',
      '运转保障率',
      '',
      '=',
      '100',
      '%',
      null,
      '正向指标',
    ]);
    sheet.getCell('T3').value = { formula: '90-T2', result: 70 };
    sheet.mergeCells('L2:L3');
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const response = await upload(t, admin, 'with-formulas.xlsx', bytes, {
      departmentId: department.id,
    }).expect(201);
    expect(response.body.status).toBe('previewed');
    expect(response.body.report.documents[0].warnings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'SPREADSHEET_FORMULA', line: 3 }),
        expect.objectContaining({ code: 'SPREADSHEET_MERGED_CELLS', line: 3 }),
      ]),
    );
  });

  it('refuses an import into a department that does not exist (404)', async () => {
    const response = await upload(t, admin, 'leshan.txt', seed('leshan-2024-budget.txt'), {
      departmentId: '00000000-0000-4000-8000-000000000000',
    }).expect(404);
    expect(response.body.code).toBe('DEPARTMENT.NOT_FOUND');
  });
});
