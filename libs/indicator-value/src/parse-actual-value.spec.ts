import { formatIndicatorValue } from './format-indicator-value';
import { parseActualValue } from './parse-actual-value';

describe('parseActualValue (实际完成值, Jinkouhe 自评表)', () => {
  it.each<[string, string, string]>([
    ['1人', 'number', '=1人'],
    ['100%', 'number', '=100%'],
    ['57%', 'number', '=57%'],
    ['68%', 'number', '=68%'],
    ['0%', 'number', '=0%'],
    ['0', 'number', '=0'],
    ['１００％', 'number', '=100%'],
    ['2023年12月31日前', 'deadline', '≤2023年12月31日'],
    ['2023年12月31 日前', 'deadline', '≤2023年12月31日'],
    ['2023年12月31日', 'deadline', '=2023年12月31日'],
    ['优', 'qualitative', '定性:优'],
    ['长效', 'qualitative', '定性:长效'],
    ['据实', 'as-actual', '据实'],
    ['≥95%', 'number', '≥95%'],
    ['', 'empty', ''],
  ])('%s → %s %s', (text, kind, shown) => {
    const value = parseActualValue(text);
    expect([value.kind, formatIndicatorValue(value), value.text]).toEqual([kind, shown, text.trim()]);
  });
});
