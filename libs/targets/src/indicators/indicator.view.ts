import { DepartmentIndicator, Indicator } from '../entities';

/**
 * An indicator as the API shows it: the spec's columns flattened beside id and position, with
 * `level1Printed`/`level2Printed` always the names as printed (stored only where they differ from level1/level2).
 */
export function indicatorView(indicator: Indicator | DepartmentIndicator) {
  const { spec, ...rest } = indicator;
  return {
    ...rest,
    ...spec,
    level1Printed: spec.level1Printed ?? spec.level1,
    level2Printed: spec.level2Printed ?? spec.level2,
  };
}
