/**
 * Exact decimal numbers for money (万元, 2 places) and scores (1 place).
 *
 * A value is `units / 10^scale` with `units` a bigint, so sums, products and comparisons are exact
 * and only an explicit `round`/`div` loses digits — always half-up (四舍五入, away from zero at .5),
 * the way the published tables round.
 */
export class Decimal {
  static readonly ZERO = new Decimal(0n, 0);
  static readonly ONE = new Decimal(1n, 0);
  static readonly HUNDRED = new Decimal(100n, 0);

  private constructor(
    readonly units: bigint,
    readonly scale: number,
  ) {}

  /** Parses `1,672.81`, `-0.5`, `+3`, `.5`, `12.`; thousands separators are allowed. Throws on anything else. */
  static parse(text: string): Decimal {
    const value = Decimal.tryParse(text);
    if (value === null) throw new DecimalFormatError(text);
    return value;
  }

  /** Like `parse`, but returns null instead of throwing. A hand-written scanner: importers call it per cell. */
  static tryParse(text: string): Decimal | null {
    let start = 0;
    let end = text.length;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    let negative = false;
    const first = text.charCodeAt(start);
    if (first === 43 /* + */ || first === 45 /* - */) {
      negative = first === 45;
      start++;
    }
    let digits = '';
    let intDigits = 0;
    let scale = -1; // -1: no decimal point yet
    let groupLength = -1; // digits since the last thousands separator; -1: none seen
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c >= 48 && c <= 57) {
        digits += text[i];
        if (scale >= 0) scale++;
        else {
          intDigits++;
          if (groupLength >= 0) groupLength++;
        }
      } else if (c === 44 /* , */ && scale < 0) {
        // 1,672.81: groups of exactly three after a first group of one to three digits
        if (groupLength < 0 ? intDigits === 0 || intDigits > 3 : groupLength !== 3) return null;
        groupLength = 0;
      } else if (c === 46 /* . */ && scale < 0) {
        scale = 0;
      } else {
        return null;
      }
    }
    if (groupLength >= 0 && groupLength !== 3) return null;
    if (digits === '') return null;
    const units = BigInt(digits);
    return new Decimal(negative ? -units : units, scale < 0 ? 0 : scale);
  }

  /**
   * `tryParse` for texts that repeat across hundreds of thousands of cells (weights `6`, targets `100`, `95`).
   * A Decimal is immutable, so every cell printing the same text can share one instance: a province-scale
   * import then keeps a few hundred Decimals instead of one (object and bigint) per cell. The memo holds at
   * most SHARED_LIMIT texts and is emptied when full, so distinct texts cost a lookup, never unbounded memory.
   */
  static tryParseShared(text: string): Decimal | null {
    // A longer text may be a slice of a whole document (V8 slices substrings of 13+ characters): not kept.
    if (text.length > SHARED_MAX_LENGTH) return Decimal.tryParse(text);
    const known = shared.get(text);
    if (known !== undefined) return known;
    const parsed = Decimal.tryParse(text);
    if (shared.size >= SHARED_LIMIT) shared.clear();
    shared.set(text, parsed);
    return parsed;
  }

  static fromUnits(units: bigint, scale: number): Decimal {
    if (!Number.isInteger(scale) || scale < 0) throw new RangeError(`scale must be a non-negative integer: ${scale}`);
    return new Decimal(units, scale);
  }

  static fromInt(n: number | bigint): Decimal {
    if (typeof n === 'number' && !Number.isSafeInteger(n)) throw new RangeError(`not a safe integer: ${n}`);
    return new Decimal(BigInt(n), 0);
  }

  static sum(values: Iterable<Decimal>): Decimal {
    let total = Decimal.ZERO;
    for (const v of values) total = total.add(v);
    return total;
  }

  static min(a: Decimal, b: Decimal): Decimal {
    return a.cmp(b) <= 0 ? a : b;
  }

  static max(a: Decimal, b: Decimal): Decimal {
    return a.cmp(b) >= 0 ? a : b;
  }

  add(other: Decimal): Decimal {
    // Sums of one column (weights, amounts) mostly share a scale: no alignment, no tuple to build.
    if (this.scale === other.scale) return new Decimal(this.units + other.units, this.scale);
    const [a, b, scale] = align(this, other);
    return new Decimal(a + b, scale);
  }

  sub(other: Decimal): Decimal {
    const [a, b, scale] = align(this, other);
    return new Decimal(a - b, scale);
  }

  mul(other: Decimal): Decimal {
    return new Decimal(this.units * other.units, this.scale + other.scale);
  }

  neg(): Decimal {
    return new Decimal(-this.units, this.scale);
  }

  abs(): Decimal {
    return this.units < 0n ? this.neg() : this;
  }

  /** this / divisor, rounded half-up to `places` decimals. Throws on division by zero. */
  div(divisor: Decimal, places: number): Decimal {
    if (divisor.units === 0n) throw new RangeError('division by zero');
    // (a / 10^sa) / (b / 10^sb) * 10^places = a * 10^(sb + places - sa) / b
    const shift = divisor.scale + places - this.scale;
    let numerator = this.units;
    let denominator = divisor.units;
    if (shift >= 0) numerator *= pow10(shift);
    else denominator *= pow10(-shift);
    return new Decimal(divideHalfUp(numerator, denominator), places);
  }

  /** Rounded half-up to `places` decimals (never adds digits it does not need to drop). */
  round(places: number): Decimal {
    if (this.scale <= places) return this;
    return new Decimal(divideHalfUp(this.units, pow10(this.scale - places)), places);
  }

  /** The same value written with exactly `places` decimals (rounding half-up if it must). */
  rescale(places: number): Decimal {
    if (this.scale > places) return this.round(places);
    return new Decimal(this.units * pow10(places - this.scale), places);
  }

  cmp(other: Decimal): -1 | 0 | 1 {
    const [a, b] = align(this, other);
    return a < b ? -1 : a > b ? 1 : 0;
  }

  eq(other: Decimal): boolean {
    return this.cmp(other) === 0;
  }
  lt(other: Decimal): boolean {
    return this.cmp(other) < 0;
  }
  lte(other: Decimal): boolean {
    return this.cmp(other) <= 0;
  }
  gt(other: Decimal): boolean {
    return this.cmp(other) > 0;
  }
  gte(other: Decimal): boolean {
    return this.cmp(other) >= 0;
  }
  isZero(): boolean {
    return this.units === 0n;
  }
  isNegative(): boolean {
    return this.units < 0n;
  }

  /** Fixed notation with exactly `places` decimals, half-up: `toFixed(2)` of 1672.825 is `1672.83`. */
  toFixed(places: number): string {
    return format(this.rescale(places));
  }

  /** Shortest exact notation without trailing zeros: `1672.8`, `91.4`, `60`. */
  toString(): string {
    let { units, scale } = this;
    while (scale > 0 && units % 10n === 0n) {
      units /= 10n;
      scale -= 1;
    }
    return format(new Decimal(units, scale));
  }

  toJSON(): string {
    return this.toString();
  }
}

export class DecimalFormatError extends Error {
  constructor(readonly text: string) {
    super(`not a decimal number: "${text}"`);
    this.name = 'DecimalFormatError';
  }
}

/** The memo of `tryParseShared`: printed text → its Decimal (or null: not a number). */
const SHARED_LIMIT = 1024;
const SHARED_MAX_LENGTH = 12;
const shared = new Map<string, Decimal | null>();

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x3000;
}

const POWERS: bigint[] = [];
function pow10(n: number): bigint {
  if (n < 32) return (POWERS[n] ??= 10n ** BigInt(n));
  return 10n ** BigInt(n);
}

function align(a: Decimal, b: Decimal): [bigint, bigint, number] {
  if (a.scale === b.scale) return [a.units, b.units, a.scale];
  if (a.scale > b.scale) return [a.units, b.units * pow10(a.scale - b.scale), a.scale];
  return [a.units * pow10(b.scale - a.scale), b.units, b.scale];
}

/** Integer division rounding half away from zero. */
function divideHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (denominator < 0n) {
    numerator = -numerator;
    denominator = -denominator;
  }
  const negative = numerator < 0n;
  const n = negative ? -numerator : numerator;
  let q = n / denominator;
  if ((n % denominator) * 2n >= denominator) q += 1n;
  return negative ? -q : q;
}

function format(d: Decimal): string {
  const negative = d.units < 0n;
  const digits = (negative ? -d.units : d.units).toString().padStart(d.scale + 1, '0');
  const body = d.scale === 0 ? digits : `${digits.slice(0, -d.scale)}.${digits.slice(-d.scale)}`;
  return negative ? `-${body}` : body;
}
