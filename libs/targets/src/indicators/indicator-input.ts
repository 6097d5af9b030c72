import { Decimal } from '@jixiao/decimal';
import { parseIndicatorValue } from '@jixiao/indicator-value';
import { IndicatorRow, indicatorRow } from '../imports/indicator-row';
import { IndicatorInputDto } from './indicator.dto';

const PRINTED_DIRECTION: Record<string, string> = {
  positive: '正向指标',
  reverse: '反向指标',
  exact: '等于',
};

/** Typed cells → the stored row, through the one value parser (so a hand-entered `≥95%` equals an imported one). */
export function indicatorFromInput(input: IndicatorInputDto): IndicatorRow {
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
  const row = indicatorRow({
    level1: input.level1.trim(),
    level2: input.level2.trim(),
    level3: input.level3.trim(),
    explanation: input.explanation?.trim() || null,
    operator: parsed.value.operator,
    target: parsed.value,
    unit:
      input.unit?.trim() ||
      (parsed.value.kind === 'number' || parsed.value.kind === 'as-actual' ? parsed.value.unit : null),
    weight: input.weight === undefined ? null : Decimal.parse(input.weight),
    direction: parsed.direction,
    text,
    line: 0,
  });
  return { ...row, sourceLine: null };
}
