import { Decimal } from './decimal';

const d = Decimal.parse;

describe('Decimal', () => {
  it.each([
    ['1,672.81', '1672.81'],
    ['0.15', '0.15'],
    ['-3', '-3'],
    ['+2.50', '2.5'],
    ['.5', '0.5'],
    ['10,625.00', '10625'],
  ])('parses %s', (text, expected) => {
    expect(d(text).toString()).toBe(expected);
  });

  it.each(['', ' ', 'abc', '1.2.3', '1,67', '--1', '1e5', 'NaN', '#DIV/0!'])('rejects %p', (text) => {
    expect(Decimal.tryParse(text)).toBeNull();
    expect(() => d(text)).toThrow(/not a decimal/);
  });

  it('adds the Leshan items to 1672.83, not the stated 1672.81', () => {
    const items = ['53.20', '200.00', '65.58', '155.53', '100.52', '42.75', '25.00', '3.80', '33.60', '28.20',
      '74.03', '5.81', '248.94', '34.05', '25.00', '110.87', '158.80', '66.91', '57.20', '21.00', '3.60', '78.20',
      '31.45', '20.35', '5.64', '9.00', '13.80'];
    expect(Decimal.sum(items.map(d)).toFixed(2)).toBe('1672.83');
  });

  it.each([
    // Jinkouhe execution-rate scores: 10 × executed / budget, half-up to 0.1
    ['8.5', '1.5', '5.7'],
    ['102.4', '15', '6.8'],
    ['4', '2', '2.0'],
    ['27.7', '2.5', '11.1'],
    ['1', '3', '0.3'],
    ['-1', '4', '-0.3'],
    ['0.25', '1', '0.3'],
    ['-0.25', '1', '-0.3'],
  ])('%s / %s = %s at one place, half-up', (a, b, expected) => {
    expect(d(a).div(d(b), 1).toFixed(1)).toBe(expected);
  });

  it('rounds half-up, never to even', () => {
    expect(d('0.05').round(1).toString()).toBe('0.1');
    expect(d('0.15').round(1).toString()).toBe('0.2');
    expect(d('0.25').round(1).toString()).toBe('0.3');
    expect(d('1672.825').toFixed(2)).toBe('1672.83');
    expect(d('-2.45').round(1).toString()).toBe('-2.5');
    expect(d('5.7').round(3).toFixed(3)).toBe('5.700');
  });

  it('multiplies and compares exactly', () => {
    expect(d('10').mul(d('0.57')).toString()).toBe('5.7');
    expect(d('0.1').add(d('0.2')).eq(d('0.3'))).toBe(true);
    expect(d('99').cmp(d('99.00'))).toBe(0);
    expect(d('1.108').gt(Decimal.ONE)).toBe(true);
    expect(Decimal.min(d('1.108'), Decimal.ONE).toString()).toBe('1');
    expect(Decimal.max(d('-1'), Decimal.ZERO).toString()).toBe('0');
    expect(d('3').sub(d('5.5')).toString()).toBe('-2.5');
    expect(d('-2').abs().toString()).toBe('2');
  });

  it('refuses division by zero', () => {
    expect(() => d('1').div(Decimal.ZERO, 2)).toThrow(RangeError);
  });

  it('serialises to JSON as a string', () => {
    expect(JSON.stringify({ budget: d('1672.810') })).toBe('{"budget":"1672.81"}');
    expect(d('0.005').toFixed(2)).toBe('0.01');
    expect(d('-0.5').toFixed(0)).toBe('-1');
  });

  it('tryParseShared reads like tryParse and shares one instance per text', () => {
    expect(Decimal.tryParseShared('1,672.81')?.toString()).toBe('1672.81');
    expect(Decimal.tryParseShared('6')).toBe(Decimal.tryParseShared('6'));
    expect(Decimal.tryParseShared('abc')).toBeNull();
    expect(Decimal.tryParseShared('1234567890.123')?.toString()).toBe('1234567890.123'); // too long to keep
  });
});
