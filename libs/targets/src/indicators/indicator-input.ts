import { Decimal } from '@jixiao/decimal';
import { indicatorUnit } from '@jixiao/importers';
import { parseIndicatorValue } from '@jixiao/indicator-value';
import { IndicatorRow, indicatorRow } from '../imports/indicator-row';
import { catalogueLevels } from './catalogue-levels';
import { IndicatorInputDto } from './indicator.dto';

const PRINTED_DIRECTION: Record<string, string> = {
  positive: '正向指标',
  reverse: '反向指标',
  exact: '等于',
};

/**
 * Typed cells → the stored row, through the one value parser (so a hand-entered `≥95%` equals an imported one).
 * The level names are checked against the catalogue where `typed` says the caller typed them (see catalogueLevels);
 * `path` prefixes the field named by a refusal (`indicators[2].`).
 */
export function indicatorFromInput(
  input: IndicatorInputDto,
  typed = { level1: true, level2: true },
  path = '',
): IndicatorRow {
  const parsed = parseIndicatorValue({
    operator: input.operator ?? null,
    value: input.value,
    unit: input.unit ?? null,
    direction: input.direction ? (PRINTED_DIRECTION[input.direction] ?? input.direction) : null,
    name: input.level3,
  });
  const text = [input.operator, input.value, input.unit, input.weight]
    .filter((cell) => cell?.trim())
    .join(' | ');
  const [level1, level2] = [input.level1.trim(), input.level2.trim()];
  const row = indicatorRow({
    // What a person types is the printed form; the catalogue name is stored beside it.
    ...catalogueLevels(level1, level2, typed, path),
    level1Printed: level1,
    level2Printed: level2,
    level3: input.level3.trim(),
    explanation: input.explanation?.trim() || null,
    operator: parsed.value.operator,
    target: parsed.value,
    unit: indicatorUnit(parsed.value, input.unit),
    weight: input.weight === undefined ? null : Decimal.parse(input.weight),
    direction: parsed.direction,
    text,
    line: 0,
  });
  return { ...row, sourceLine: null };
}
