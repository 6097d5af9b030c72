import { Decimal } from '@jixiao/decimal';
import { MonitoringError } from './monitoring-error';
import { SEVERITIES, Severity } from './severity';

/**
 * A monitoring rule set (执行监控规则): plain JSON, chosen per department and year and edited as data.
 * Every threshold is a percentage written as a decimal string (`"60"` = 60 %), so it survives JSON and
 * a database jsonb column exactly.
 */
export interface RuleSet {
  id: string;
  name: string;
  /** 部门编码 this set belongs to; null for a template any department may use. */
  departmentCode: string | null;
  /** 预算年度; null for every year. */
  fiscalYear: number | null;
  inYear: InYearRules;
  yearEnd: YearEndRules;
}

export interface InYearRules {
  /** 序时进度 light: progress / time progress against ascending `below` thresholds; above all of them is green. */
  light: { bands: LightBand[] } | null;
  /** Sichuan-style checkpoints: the cumulative rate due by the end of a month. Empty when not used. */
  checkpoints: Checkpoint[];
}

export type LightColour = 'red' | 'yellow' | 'green';

export interface LightBand {
  colour: Exclude<LightColour, 'green'>;
  /** Ratio (progress / time progress, in %) strictly below which this colour shows. */
  below: string;
  severity: Severity;
}

export interface Checkpoint {
  /** 1–12: the checkpoint is due at the end of this month (4 = 1–4月). */
  month: number;
  /** Minimum cumulative execution rate (%) by then. */
  minRate: string;
  severity: Severity;
}

export interface YearEndRules {
  /** Rates strictly below `below` are 执行不到位; the first band (descending `from`) the rate reaches gives the severity. */
  underExecuted: { below: string; bands: SeverityBand[] };
  /** Rates strictly above `above` are 超预算执行 — flagged in year as well, since an overrun needs no year end to be one. */
  overExecuted: { above: string; severity: Severity };
  /** A written reason (原因说明) for rates strictly below `requiredBelow`, at most `maxLength` characters; null when not required. */
  reason: { requiredBelow: string; maxLength: number } | null;
}

export interface SeverityBand {
  /** Lower bound (%) inclusive. */
  from: string;
  severity: Severity;
}

/**
 * Checks a rule set read from JSON (a request body, a jsonb column) and returns it typed.
 * Throws INVALID_RULE_SET naming the first bad field.
 */
export function parseRuleSet(json: unknown): RuleSet {
  const root = object(json, 'ruleSet');
  const inYear = object(root.inYear, 'inYear');
  const yearEnd = object(root.yearEnd, 'yearEnd');
  const light = inYear.light === null ? null : object(inYear.light, 'inYear.light');
  const under = object(yearEnd.underExecuted, 'yearEnd.underExecuted');
  const over = object(yearEnd.overExecuted, 'yearEnd.overExecuted');
  const reason = yearEnd.reason === null ? null : object(yearEnd.reason, 'yearEnd.reason');

  const ruleSet: RuleSet = {
    id: text(root.id, 'id'),
    name: text(root.name, 'name'),
    departmentCode: root.departmentCode === null ? null : text(root.departmentCode, 'departmentCode'),
    fiscalYear: root.fiscalYear === null ? null : integer(root.fiscalYear, 'fiscalYear', 1900, 9999),
    inYear: {
      light: light && {
        bands: array(light.bands, 'inYear.light.bands').map((item, i) => {
          const band = object(item, `inYear.light.bands[${i}]`);
          const colour = band.colour;
          if (colour !== 'red' && colour !== 'yellow')
            fail(`inYear.light.bands[${i}].colour`, 'must be "red" or "yellow"');
          return {
            colour,
            below: percent(band.below, `inYear.light.bands[${i}].below`),
            severity: severity(band.severity, `inYear.light.bands[${i}].severity`),
          };
        }),
      },
      checkpoints: array(inYear.checkpoints, 'inYear.checkpoints').map((item, i) => {
        const checkpoint = object(item, `inYear.checkpoints[${i}]`);
        return {
          month: integer(checkpoint.month, `inYear.checkpoints[${i}].month`, 1, 12),
          minRate: percent(checkpoint.minRate, `inYear.checkpoints[${i}].minRate`),
          severity: severity(checkpoint.severity, `inYear.checkpoints[${i}].severity`),
        };
      }),
    },
    yearEnd: {
      underExecuted: {
        below: percent(under.below, 'yearEnd.underExecuted.below'),
        bands: array(under.bands, 'yearEnd.underExecuted.bands').map((item, i) => {
          const band = object(item, `yearEnd.underExecuted.bands[${i}]`);
          return {
            from: percent(band.from, `yearEnd.underExecuted.bands[${i}].from`),
            severity: severity(band.severity, `yearEnd.underExecuted.bands[${i}].severity`),
          };
        }),
      },
      overExecuted: {
        above: percent(over.above, 'yearEnd.overExecuted.above'),
        severity: severity(over.severity, 'yearEnd.overExecuted.severity'),
      },
      reason: reason && {
        requiredBelow: percent(reason.requiredBelow, 'yearEnd.reason.requiredBelow'),
        maxLength: integer(reason.maxLength, 'yearEnd.reason.maxLength', 1, 10000),
      },
    },
  };
  checkOrder(ruleSet);
  return ruleSet;
}

/**
 * The rule set for a department and year: an exact (department, year) match first, then the
 * department's any-year set, then a template for the year, then an any-department any-year template.
 */
export function selectRuleSet(
  ruleSets: readonly RuleSet[],
  departmentCode: string,
  fiscalYear: number,
): RuleSet | undefined {
  const matches = (department: string | null, year: number | null) =>
    ruleSets.find((r) => r.departmentCode === department && r.fiscalYear === year);
  return (
    matches(departmentCode, fiscalYear) ??
    matches(departmentCode, null) ??
    matches(null, fiscalYear) ??
    matches(null, null)
  );
}

/** Thresholds must be ordered so that "the first band that applies" is unambiguous. */
function checkOrder(ruleSet: RuleSet): void {
  const light = ruleSet.inYear.light?.bands ?? [];
  strictlyIncreasing(
    light.map((b) => b.below),
    'inYear.light.bands',
    'below',
  );
  const months = ruleSet.inYear.checkpoints.map((c) => c.month);
  months.forEach(
    (m, i) =>
      i > 0 &&
      m <= months[i - 1] &&
      fail(`inYear.checkpoints[${i}].month`, 'checkpoints must be in increasing month order'),
  );
  const bands = ruleSet.yearEnd.underExecuted.bands;
  strictlyIncreasing(bands.map((b) => b.from).reverse(), 'yearEnd.underExecuted.bands', 'from (descending)');
  if (bands.length === 0 || !Decimal.parse(bands[bands.length - 1].from).isZero()) {
    fail(
      'yearEnd.underExecuted.bands',
      'the last band must start from "0" so every shortfall has a severity',
    );
  }
}

function strictlyIncreasing(values: string[], field: string, what: string): void {
  values.forEach((v, i) => {
    if (i > 0 && Decimal.parse(v).lte(Decimal.parse(values[i - 1])))
      fail(field, `${what} thresholds must be strictly ordered`);
  });
}

function fail(field: string, problem: string): never {
  throw new MonitoringError('INVALID_RULE_SET', `规则集字段 ${field} 无效：${problem}`, field);
}

function object(value: unknown, field: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(field, 'must be an object');
  return value as Record<string, unknown>;
}

function array(value: unknown, field: string): unknown[] {
  if (!Array.isArray(value)) fail(field, 'must be an array');
  return value;
}

function text(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '') fail(field, 'must be a non-empty string');
  return value;
}

function integer(value: unknown, field: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
    fail(field, `must be an integer ${min}–${max}`);
  return value;
}

/** A percentage as a decimal string; numbers are refused so no float ever enters a threshold. */
function percent(value: unknown, field: string): string {
  const parsed = typeof value === 'string' ? Decimal.tryParse(value) : null;
  if (parsed === null || parsed.isNegative())
    fail(field, 'must be a non-negative decimal string such as "60"');
  return value as string;
}

function severity(value: unknown, field: string): Severity {
  if (!SEVERITIES.includes(value as Severity)) fail(field, `must be one of ${SEVERITIES.join(', ')}`);
  return value as Severity;
}
