import * as iconv from 'iconv-lite';
import { ImportError } from '../imported-document';
import { csvFileRecords, csvRecords } from './csv-records';
import { uploadLimits } from './upload-limits';

const limits = uploadLimits();
const cells = (chunks: string[]) => [...csvRecords(chunks, limits)].map((r) => r.cells);

/** Every way of cutting the text into two pieces gives the same records as the whole. */
function everySplit(text: string): string[][][] {
  return Array.from({ length: text.length + 1 }, (_, i) => cells([text.slice(0, i), text.slice(i)]));
}

describe('csvRecords', () => {
  it.each([
    // The cases of execution's parseCsv (table-file.spec.ts) cut everywhere, and these:
    [
      '"a,1","say ""hi"""\r\n"two\nlines",x',
      [
        ['a,1', 'say "hi"'],
        ['two\nlines', 'x'],
      ],
    ],
    ['a\rb\r\n"",', [['a'], ['b'], ['', '']]],
    ['x"y"z,"",""""', [['xyz', '', '"']]],
  ])('reads %j the same however it is cut', (text, expected) => {
    for (const split of everySplit(text)) expect(split).toEqual(expected);
  });

  it('numbers records as a spreadsheet shows rows, blank ones counted', () => {
    expect([...csvRecords(['h\n\nx\n'], limits)].map((r) => r.row)).toEqual([1, 2, 3]);
  });

  it('refuses the row after the last allowed, and a record longer than allowed', () => {
    const rows = () => [...csvRecords(['a\nb\nc\n'], { maxRows: 2, maxLineChars: 100 })];
    expect(rows).toThrow(
      expect.objectContaining({ code: 'LIMIT_EXCEEDED', line: 3, limit: { name: 'maxRows', value: 2 } }),
    );
    const unclosed = () => [
      ...csvRecords(['ok\n"', 'x'.repeat(50), 'y'.repeat(60)], { maxRows: 10, maxLineChars: 100 }),
    ];
    expect(unclosed).toThrow(ImportError);
    expect(unclosed).toThrow(/record 2: more than 100 characters/);
  });

  it('decodes a file as UTF-8 or GB18030 and checks the limits before the first record', () => {
    const text = '项目名称,指标值\r\n日常公用经费,≥5次\r\n';
    for (const bytes of [Buffer.from(`\uFEFF${text}`), iconv.encode(text, 'gb18030')])
      expect([...csvFileRecords(bytes, limits)].map((r) => r.cells)).toEqual([
        ['项目名称', '指标值'],
        ['日常公用经费', '≥5次'],
      ]);
    const seen: number[] = [];
    const over = () => {
      for (const record of csvFileRecords(Buffer.from('a\nb\nc\n'), { maxRows: 2, maxLineChars: 10 }))
        seen.push(record.row);
    };
    expect(over).toThrow(/more than 2 rows/);
    expect(seen).toEqual([]);
  });
});
