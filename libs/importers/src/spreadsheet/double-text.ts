/**
 * A spreadsheet number (an IEEE double) as the plain decimal it stands for: rounded to 15 significant
 * digits — all a double holds reliably, and what Excel itself shows — trailing zeros dropped, never in
 * exponent form. `=0.1+0.2` (0.30000000000000004) reads `0.3`, 1e-7 reads `0.0000001`, 1e21 reads
 * `1000000000000000000000`, so Decimal.parse takes every number a cell can hold.
 */
export function doubleText(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`not a finite number: ${n}`);
  if (n === 0) return '0'; // also -0
  const [mantissa, exponentText] = n.toExponential(14).split('e');
  const negative = mantissa.startsWith('-');
  const digits = mantissa.replace(/^-/, '').replace('.', '');
  const exponent = Number(exponentText);
  // digits is d.dddddddddddddd × 10^exponent: put the point after exponent + 1 digits.
  const pointAt = exponent + 1;
  let integer: string;
  let fraction: string;
  if (pointAt <= 0) {
    integer = '0';
    fraction = '0'.repeat(-pointAt) + digits;
  } else if (pointAt >= digits.length) {
    integer = digits + '0'.repeat(pointAt - digits.length);
    fraction = '';
  } else {
    integer = digits.slice(0, pointAt);
    fraction = digits.slice(pointAt);
  }
  fraction = fraction.replace(/0+$/, '');
  return `${negative ? '-' : ''}${integer}${fraction === '' ? '' : `.${fraction}`}`;
}
