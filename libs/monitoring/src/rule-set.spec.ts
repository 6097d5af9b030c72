import { SICHUAN_2025_RULE_SET, TIME_PROGRESS_LIGHT_RULE_SET } from './default-rule-sets';
import { RuleSet, parseRuleSet, selectRuleSet } from './rule-set';

const roundTrip = (ruleSet: RuleSet): unknown => JSON.parse(JSON.stringify(ruleSet));

/** A JSON copy of the template with the value at `path` replaced (or removed when `value` is undefined). */
function broken(path: (string | number)[], value: unknown): unknown {
  const json = roundTrip(TIME_PROGRESS_LIGHT_RULE_SET);
  const parent = path
    .slice(0, -1)
    .reduce((node, key) => (node as Record<string | number, unknown>)[key], json) as Record<
    string | number,
    unknown
  >;
  const key = path[path.length - 1];
  if (value === undefined) delete parent[key];
  else parent[key] = value;
  return json;
}

describe('parseRuleSet', () => {
  it.each([TIME_PROGRESS_LIGHT_RULE_SET, SICHUAN_2025_RULE_SET])(
    'accepts the $id template after a JSON round trip',
    (ruleSet) => {
      expect(parseRuleSet(roundTrip(ruleSet))).toEqual(ruleSet);
    },
  );

  it.each([
    ['not an object', ['inYear'], [], 'inYear'],
    ['empty id', ['id'], ' ', 'id'],
    ['fractional year', ['fiscalYear'], 2024.5, 'fiscalYear'],
    ['a float threshold', ['inYear', 'light', 'bands', 0, 'below'], 60, 'inYear.light.bands[0].below'],
    ['a negative threshold', ['inYear', 'light', 'bands', 0, 'below'], '-1', 'inYear.light.bands[0].below'],
    ['a green band', ['inYear', 'light', 'bands', 1, 'colour'], 'green', 'inYear.light.bands[1].colour'],
    ['light bands out of order', ['inYear', 'light', 'bands', 1, 'below'], '50', 'inYear.light.bands'],
    [
      'an unknown severity',
      ['inYear', 'light', 'bands', 0, 'severity'],
      'critical',
      'inYear.light.bands[0].severity',
    ],
    [
      'checkpoint month 13',
      ['inYear', 'checkpoints'],
      [{ month: 13, minRate: '25', severity: 'minor' }],
      'inYear.checkpoints[0].month',
    ],
    [
      'checkpoints out of order',
      ['inYear', 'checkpoints'],
      [
        { month: 6, minRate: '40', severity: 'minor' },
        { month: 4, minRate: '25', severity: 'minor' },
      ],
      'inYear.checkpoints[1].month',
    ],
    [
      'under bands not descending',
      ['yearEnd', 'underExecuted', 'bands', 0, 'from'],
      '50',
      'yearEnd.underExecuted.bands',
    ],
    [
      'under bands not reaching 0',
      ['yearEnd', 'underExecuted', 'bands'],
      [
        { from: '90', severity: 'minor' },
        { from: '60', severity: 'moderate' },
      ],
      'yearEnd.underExecuted.bands',
    ],
    [
      'reason length 0',
      ['yearEnd', 'reason'],
      { requiredBelow: '90', maxLength: 0 },
      'yearEnd.reason.maxLength',
    ],
    ['over threshold missing', ['yearEnd', 'overExecuted', 'above'], undefined, 'yearEnd.overExecuted.above'],
  ])('refuses %s, naming the field', (_what, path, value, field) => {
    expect(() => parseRuleSet(broken(path as (string | number)[], value))).toThrow(
      expect.objectContaining({ code: 'INVALID_RULE_SET', field }),
    );
  });
});

describe('selectRuleSet', () => {
  const make = (id: string, departmentCode: string | null, fiscalYear: number | null): RuleSet => ({
    ...SICHUAN_2025_RULE_SET,
    id,
    departmentCode,
    fiscalYear,
  });
  const all = [
    make('any', null, null),
    make('year', null, 2024),
    make('dept', '315', null),
    make('dept-year', '315', 2024),
  ];

  it.each([
    ['315', 2024, all, 'dept-year'],
    ['315', 2025, all, 'dept'],
    ['316', 2024, all, 'year'],
    ['316', 2025, all, 'any'],
    ['316', 2025, all.slice(1), undefined],
  ])('department %s, year %i → %s', (department, year, sets, id) => {
    expect(selectRuleSet(sets, department, year)?.id).toBe(id);
  });
});
