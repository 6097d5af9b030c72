export * from './indicator-value';
export { parseIndicatorValue } from './parse-indicator-value';
export type { PrintedIndicatorValue } from './parse-indicator-value';
export { parseActualValue } from './parse-actual-value';
export { formatIndicatorValue } from './format-indicator-value';
export { normalisePrintedText } from './printed-text';
export { readOperator } from './operator';
export { isReverseNaturedRate } from './reverse-natured-rate';
export { sharedText } from './shared-text';
