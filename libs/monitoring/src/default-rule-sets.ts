import { RuleSet } from './rule-set';

/** Year-end rules both templates share: 执行率 below 100 % is a shortfall graded by bands, above 100 % an overrun. */
const YEAR_END_BANDS: RuleSet['yearEnd']['underExecuted'] = {
  below: '100',
  bands: [
    { from: '90', severity: 'minor' },
    { from: '60', severity: 'moderate' },
    { from: '0', severity: 'severe' },
  ],
};

/**
 * 序时进度 light (common practice): progress / time progress below 60 % red, below 80 % yellow, else green.
 * No written reason is demanded at year end.
 */
export const TIME_PROGRESS_LIGHT_RULE_SET: RuleSet = {
  id: 'time-progress-light',
  name: '序时进度红黄绿灯',
  departmentCode: null,
  fiscalYear: null,
  inYear: {
    light: {
      bands: [
        { colour: 'red', below: '60', severity: 'severe' },
        { colour: 'yellow', below: '80', severity: 'moderate' },
      ],
    },
    checkpoints: [],
  },
  yearEnd: {
    underExecuted: YEAR_END_BANDS,
    overExecuted: { above: '100', severity: 'moderate' },
    reason: null,
  },
};

/**
 * Sichuan 2025 (四川省): cumulative execution due by the end of April 25 %, June 40 %, August 60 %,
 * October 80 %; at year end a rate below 90 % needs a written reason of at most 100 characters.
 */
export const SICHUAN_2025_RULE_SET: RuleSet = {
  id: 'sichuan-2025',
  name: '四川省预算执行进度节点（2025）',
  departmentCode: null,
  fiscalYear: null,
  inYear: {
    light: null,
    checkpoints: [
      { month: 4, minRate: '25', severity: 'moderate' },
      { month: 6, minRate: '40', severity: 'moderate' },
      { month: 8, minRate: '60', severity: 'moderate' },
      { month: 10, minRate: '80', severity: 'moderate' },
    ],
  },
  yearEnd: {
    underExecuted: YEAR_END_BANDS,
    overExecuted: { above: '100', severity: 'moderate' },
    reason: { requiredBelow: '90', maxLength: 100 },
  },
};
