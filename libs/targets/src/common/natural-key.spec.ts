import { codeOrNameKey, projectKey } from './natural-key';

describe('natural keys', () => {
  it.each([
    ['315', '乐山市医疗保障局', '315'],
    [null, '兰山区医疗保障局机关', '兰山区医疗保障局机关'],
    ['', '乐山市医疗保障 局', '乐山市医疗保障局'],
    [' 315001 ', null, '315001'],
    [null, null, ''],
  ])('code %p, name %p → %p', (code, name, key) => {
    expect(codeOrNameKey(code, name)).toBe(key);
  });

  it.each([
    ['315001', '51110024T000011029495', '2024年城乡医疗救助补助资金', '315001|51110024T000011029495'],
    ['315001', null, '2024年城乡医疗 救助补助资金', '315001|2024年城乡医疗救助补助资金'],
    ['', null, '医疗救助', '|医疗救助'],
  ])('unit %p, code %p, name %p → %p', (unit, code, name, key) => {
    expect(projectKey(unit, code, name)).toBe(key);
  });
});
