import { Decimal } from '@jixiao/decimal';
import { doubleText } from './double-text';

describe('doubleText', () => {
  it.each<[number, string]>([
    [0.1 + 0.2, '0.3'],
    [0.1 + 0.7, '0.8'],
    [1e-7, '0.0000001'],
    [1.5e-10, '0.00000000015'],
    [1672.81, '1672.81'],
    [53.2, '53.2'],
    [90, '90'],
    [-0.5, '-0.5'],
    [0, '0'],
    [-0, '0'],
    [1e21, '1000000000000000000000'],
    [123456789012345.6, '123456789012346'],
    [Math.PI / 1e4, '0.000314159265358979'],
  ])('%p → %s', (n, text) => {
    expect(doubleText(n)).toBe(text);
    expect(Decimal.parse(text).toString()).toBe(text);
  });

  it('refuses what is no number', () => {
    expect(() => doubleText(Number.NaN)).toThrow(RangeError);
    expect(() => doubleText(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});
