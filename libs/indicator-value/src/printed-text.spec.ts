import { normalisePrintedText } from './printed-text';
import { readOperator } from './operator';

describe('normalisePrintedText', () => {
  it.each([
    ['定 性', '定性'],
    ['符合 实际', '符合实际'],
    ['万 条', '万条'],
    ['百 分 比', '百分比'],
    ['＞＝９０％', '>=90%'],
    ['≧', '≥'],
    ['≦', '≤'],
    ['  = 12  ', '=12'],
    ['A B', 'A B'],
    ['MSA 短信', 'MSA短信'],
    ['5', '5'],
  ])('%s → %s', (printed, normalised) => expect(normalisePrintedText(printed)).toBe(normalised));
});

describe('readOperator', () => {
  it.each([
    ['≥', '≥'],
    ['>=', '≥'],
    ['＞', '>'],
    ['＝', '='],
    ['≦', '≤'],
    ['定 性', '定性'],
    [' < ', '<'],
    ['', null],
    ['优', null],
    ['10', null],
  ])('%s → %s', (printed, operator) => expect(readOperator(printed)).toBe(operator));
});
