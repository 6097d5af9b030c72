import { DepartmentIndicator, Indicator } from '../entities';

/** An indicator as the API shows it: the spec's columns flattened beside id and position. */
export function indicatorView(indicator: Indicator | DepartmentIndicator) {
  const { spec, ...rest } = indicator;
  return { ...rest, ...spec };
}
