import { Decimal } from '@jixiao/decimal';
import { ImportedIndicator, valueCell } from '@jixiao/importers';
import { formatIndicatorValue, IndicatorValue } from '@jixiao/indicator-value';

/**
 * One indicator as the database stores it (the IndicatorSpec columns), decimals as strings.
 * The bulk writer inserts these; the diff compares them; the export turns them back into documents.
 */
export interface IndicatorRow {
  level1: string;
  level2: string;
  /** The printed level names where they differ from level1/level2, else null (see printedWhereDifferent). */
  level1Printed: string | null;
  level2Printed: string | null;
  level3: string;
  explanation: string | null;
  operator: string | null;
  targetKind: string;
  targetAmount: string | null;
  targetText: string;
  /** The parsed IndicatorValue as JSON text (amounts as strings). */
  target: string;
  unit: string | null;
  weight: string | null;
  direction: string;
  printedText: string;
  sourceLine: number | null;
}

/** 指标值 as text, the same cell the template and the JSON report show (`5`, `优`, `12月`, `据实`). */
export function targetText(value: IndicatorValue): string {
  return value.kind === 'empty' ? value.text : valueCell(value);
}

export function indicatorRow(indicator: ImportedIndicator): IndicatorRow {
  const { target } = indicator;
  return {
    level1: indicator.level1,
    level2: indicator.level2,
    level1Printed: printedWhereDifferent(indicator.level1Printed, indicator.level1),
    level2Printed: printedWhereDifferent(indicator.level2Printed, indicator.level2),
    level3: indicator.level3,
    explanation: indicator.explanation,
    operator: indicator.operator ?? target.operator,
    targetKind: target.kind,
    targetAmount: target.kind === 'number' ? target.amount.toString() : null,
    targetText: targetText(target),
    target: JSON.stringify(target),
    unit: indicator.unit,
    weight: indicator.weight?.toString() ?? null,
    direction: indicator.direction,
    printedText: indicator.text,
    sourceLine: indicator.line,
  };
}

/** Stored only where it says something: a printed name equal to the catalogue name is null. */
export function printedWhereDifferent(printed: string | null | undefined, name: string): string | null {
  return printed === undefined || printed === null || printed === name ? null : printed;
}

/** A stored target back as an IndicatorValue (amounts as Decimal again). */
export function reviveTarget(target: Record<string, unknown>): IndicatorValue {
  const value = { ...target } as Record<string, unknown>;
  if (value.kind === 'number' && typeof value.amount === 'string') value.amount = Decimal.parse(value.amount);
  return value as unknown as IndicatorValue;
}

/** Decimal strings compared by value: numeric(7,2) reads back `20.00` where the document said `20`. */
export function sameDecimal(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return Decimal.parse(a).eq(Decimal.parse(b));
}

/** The target in one canonical form (`≥95%`, `定性:优`, `=12月`), whichever way it was printed. */
function canonicalTarget(row: IndicatorRow): string {
  const value = reviveTarget(JSON.parse(row.target) as Record<string, unknown>);
  return `${value.kind}:${formatIndicatorValue(value)}`;
}

/**
 * Do two indicators say the same thing? Compared on meaning, not print: the printed text and source
 * line are left out, so the spreadsheet export of a published table imports back as unchanged (and the
 * stored printed text stays what was published).
 */
export function sameIndicator(a: IndicatorRow, b: IndicatorRow): boolean {
  return (
    a.level1 === b.level1 &&
    a.level2 === b.level2 &&
    // A level name printed differently is a different publication, even where it maps to the same catalogue name.
    (a.level1Printed ?? a.level1) === (b.level1Printed ?? b.level1) &&
    (a.level2Printed ?? a.level2) === (b.level2Printed ?? b.level2) &&
    a.level3 === b.level3 &&
    a.explanation === b.explanation &&
    a.operator === b.operator &&
    a.unit === b.unit &&
    sameDecimal(a.weight, b.weight) &&
    a.direction === b.direction &&
    canonicalTarget(a) === canonicalTarget(b)
  );
}

export function sameIndicators(a: IndicatorRow[], b: IndicatorRow[]): boolean {
  return a.length === b.length && a.every((row, i) => sameIndicator(row, b[i]));
}
