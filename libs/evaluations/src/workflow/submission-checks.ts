import type { Finding, FindingCode } from '@jixiao/scoring';

/**
 * Findings that stop a submission (the engine's checks): a deduction without 扣分原因分析, an undefined
 * 预算执行率 nobody decided, any row the engine could not score, and weights that are missing or do not
 * add up to 90 (the evaluation exists so staff can fix them; only submitting waits). Informational findings
 * (over-execution, over-achievement, a shortfall already explained) do not.
 */
const BLOCKING: ReadonlySet<FindingCode> = new Set<FindingCode>([
  'REASON_MISSING',
  'NO_BUDGET',
  'EXECUTED_MISSING',
  'ACTUAL_MISSING',
  'TARGET_MISSING',
  'AMOUNT_NEEDED',
  'BAND_REQUIRED',
  'INCOMPARABLE',
  'WEIGHT_SUM',
  'WEIGHT_MISSING',
  'NO_INDICATORS',
]);

export function blockingFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((finding) => BLOCKING.has(finding.code) && finding.decided !== true);
}
