/** How serious a flag is; ordered minor < moderate < severe. */
export type Severity = 'minor' | 'moderate' | 'severe';

export const SEVERITIES: readonly Severity[] = ['minor', 'moderate', 'severe'];

/** 轻微 / 一般 / 严重, for messages. */
export const SEVERITY_LABEL: Record<Severity, string> = { minor: '轻微', moderate: '一般', severe: '严重' };

export function maxSeverity(a: Severity, b: Severity): Severity {
  return SEVERITIES.indexOf(a) >= SEVERITIES.indexOf(b) ? a : b;
}
