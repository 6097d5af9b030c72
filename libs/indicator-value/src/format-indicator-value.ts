import { IndicatorValue } from './indicator-value';

/** A canonical display of a parsed value: `≥95%`, `≤1.5万元`, `≤2023年12月31日`, `定性:优`, `据实`. */
export function formatIndicatorValue(v: IndicatorValue): string {
  switch (v.kind) {
    case 'number':
      return `${v.operator}${v.amount.toString()}${v.unit ?? ''}`;
    case 'deadline':
      return `${v.operator}${v.year === null ? '' : `${v.year}年`}${v.month}月${v.day === null ? '' : `${v.day}日`}`;
    case 'as-actual':
      return `${v.operator === '=' ? '' : v.operator}据实${v.unit ?? ''}`;
    case 'qualitative':
      return `定性:${v.label}`;
    case 'empty':
      return '';
  }
}
