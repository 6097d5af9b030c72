import * as iconv from 'iconv-lite';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { blankSeedText, seedCsv, seedXlsx } from '../../../../test/fixtures/handed-in-self-evaluation';
import { parseCliArguments } from '../cli-arguments';
import { EXIT_BAD_INPUT, EXIT_OK } from '../cli-command';
import { scoreCommand } from './score.command';

/** Writing and reading the seed's workbook takes a second or two, many more on a loaded machine. */
const XLSX_TIMEOUT = 60_000;

/** `score <file> --dry-run --json` in process (no database, no child process): every format a 自评表 comes in. */
describe('score --dry-run --json reads .txt, .csv and .xlsx, 得分 filled or blank', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'jixiao-score-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  async function score(name: string, bytes: Buffer | string) {
    const path = join(scratch, name);
    writeFileSync(path, bytes);
    const out: string[] = [];
    const err: string[] = [];
    const args = parseCliArguments(
      ['score', path, '--dry-run', '--json'],
      scoreCommand.valueOptions,
      scoreCommand.flags,
    );
    const code = await scoreCommand.run(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
    return { code, out: out.join('\n'), err: err.join('\n') };
  }
  const totals = (stdout: string) =>
    (JSON.parse(stdout) as { projects: { total: string | null }[] }).projects.map((p) => p.total);
  const PRINTED = [null, '91.4', '60', '93.6', '92', '80', '80', '100'];

  it.each<[string, () => Promise<Buffer | string>]>([
    ['blank.txt', async () => blankSeedText()],
    ['handed-in.xlsx', () => seedXlsx(true)],
    ['scored.xlsx', () => seedXlsx(false)],
    ['handed-in.csv', async () => iconv.encode(seedCsv(true), 'gb18030')],
  ])(
    '%s scores the printed totals',
    async (name, bytes) => {
      const run = await score(name, await bytes());
      expect([run.code, run.err]).toEqual([EXIT_OK, '']);
      expect(totals(run.out)).toEqual(PRINTED);
    },
    XLSX_TIMEOUT,
  );

  it('refuses (exit 65, NO_INDICATORS naming the lines) a 自评表 whose tables cannot be read', async () => {
    const cutOff = [
      '部门预算项目支出绩效自评表（2024年度）',
      '项目名称:\t甲项目\t年度:\t2024年',
      '年度资金总额\t10\t8\t0.8',
    ];
    const run = await score('cut-off.txt', cutOff.join('\n'));
    expect([run.code, run.out]).toEqual([EXIT_BAD_INPUT, '']);
    expect(JSON.parse(run.err)).toEqual({
      error: { code: 'NO_INDICATORS', message: expect.stringContaining('"甲项目" at line 2') },
    });
  });
});
