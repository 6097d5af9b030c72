import { Decimal } from '@jixiao/decimal';
import { IndicatorValue, parseIndicatorValue, sharedText } from '@jixiao/indicator-value';
import { ImportedIndicator, ImportWarning } from './imported-document';

/** The cells of one indicator row as printed (wrapping already undone), whatever the layout. */
export interface PrintedIndicator {
  level1: string;
  level2: string;
  level3: string;
  explanation?: string | null;
  /** 指标性质 where the layout prints it in its own column. */
  operator?: string | null;
  /** 指标值, with the operator folded in where the layout does that (`>=2期`). */
  value: string | null;
  /** 度量单位 where printed in its own column. */
  unit?: string | null;
  /** 权重; null where the layout has no weights (Lanshan). */
  weight: string | null;
  /** 指标方向性 where printed. */
  direction?: string | null;
  line: number;
}

export interface BuiltIndicator {
  indicator: ImportedIndicator;
  warnings: ImportWarning[];
}

/**
 * Turns printed cells into an ImportedIndicator through the one value parser of @jixiao/indicator-value,
 * turning its warnings into import warnings that name the line and the indicator.
 * `weighted` says whether the layout has a 权重 column at all (an empty one there is a lost cell).
 */
export function buildIndicator(printed: PrintedIndicator, weighted: boolean): BuiltIndicator {
  const parsed = parseIndicatorValue({
    operator: printed.operator ?? null,
    value: printed.value,
    unit: printed.unit ?? null,
    direction: printed.direction ?? null,
    name: printed.level3,
  });
  // Most rows have no warning: the text naming the row (rowName) is only built for one that has.
  const warnings: ImportWarning[] = parsed.warnings.map((w) => ({
    code: w.code,
    message: w.code === 'VALUE_MISSING' ? `${rowName(printed)}: 指标值 is empty or was lost; not invented` : `${rowName(printed)}: ${w.message}`,
    line: printed.line,
  }));

  const weight = readWeight(printed.weight);
  if (weighted && weight === null) {
    const shown = printed.weight?.trim() ? `"${printed.weight.trim()}" is not a number` : 'is empty or was lost';
    warnings.push({ code: 'WEIGHT_MISSING', message: `${rowName(printed)}: 权重 ${shown}; not invented`, line: printed.line });
  }

  const value = parsed.value;
  // Level names repeat across the projects of a table; the indicator keeps them, so they are shared.
  const level1 = sharedText(printed.level1);
  const level2 = sharedText(printed.level2);
  const indicator: ImportedIndicator = {
    level1,
    level2,
    level1Printed: level1,
    level2Printed: level2,
    level3: sharedText(printed.level3),
    explanation: emptyToNull(printed.explanation),
    operator: value.operator,
    target: value,
    unit: indicatorUnit(value, printed.unit),
    weight,
    direction: parsed.direction,
    text: value.text,
    line: printed.line,
  };
  return { indicator, warnings };
}

/**
 * The 度量单位 kept beside a parsed target: a number's or 据实's own unit; none for a deadline, whose
 * `月`/`日` belongs to the date (`= | 12 | 月` and `≤12月` are the same target); the printed cell otherwise
 * (a qualitative row's unit column). The printed text keeps the cell whatever this says.
 */
export function indicatorUnit(value: IndicatorValue, printedUnit: string | null | undefined): string | null {
  if (value.kind === 'number' || value.kind === 'as-actual') return value.unit;
  if (value.kind === 'deadline') return null;
  return emptyToNull(printedUnit);
}

function readWeight(text: string | null): Decimal | null {
  if (text === null) return null;
  // Shared: a table prints the same few weights on every row, and each indicator keeps its weight.
  return Decimal.tryParseShared(text.endsWith('分') ? text.slice(0, -1) : text);
}

/** How a warning names an indicator row: `line 12, 「科目调整次数」`. */
export function rowName(indicator: { line: number; level3: string }): string {
  return `line ${indicator.line}, 「${indicator.level3}」`;
}

function emptyToNull(text: string | null | undefined): string | null {
  const trimmed = text?.trim();
  return trimmed ? trimmed : null;
}
