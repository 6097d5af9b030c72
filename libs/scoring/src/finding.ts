/**
 * Something a reviewer should look at. Figures ride along as decimal strings (rates in percent, 1 place),
 * e.g. `{ code: 'UNDER_EXECUTED', rate: '56.7', budget: '1.5', executed: '0.85', reasonRequired: true }`.
 */
export interface Finding {
  code: FindingCode;
  message: string;
  /** Index of the indicator row in the input (absent for the 预算执行率 row and project-level findings). */
  row?: number;
  /** 三级指标 of the row, or `预算执行率`. */
  indicator?: string;
  /** The entry that clears it, as a PATCH field path (`rows[3].deviationReason`); see finding-clearance.ts. */
  clearedBy?: string;
  [figure: string]: string | number | boolean | undefined;
}

export type FindingCode =
  | 'UNDER_EXECUTED' // 预算执行率 < 100 %; reasonRequired when below the Sichuan 90 % line
  | 'OVER_EXECUTED' // 预算执行率 > 100 %: spent more than budgeted
  | 'NO_BUDGET' // budget zero or missing: the rate is undefined, a reviewer decides
  | 'EXECUTED_MISSING' // budget known, 全年执行数 not entered
  | 'REASON_MISSING' // score below weight and no 扣分原因分析
  | 'OVER_ACHIEVED' // actual ≥ threshold % of a positive target (偏离度) and no 偏离原因
  | 'AMOUNT_NEEDED' // a percentage other than 100 % against a reverse amount (`≤5万元` vs `80%`)
  | 'BAND_REQUIRED' // qualitative actual differs from the target: the evaluator chooses a band
  | 'INCOMPARABLE' // actual and target in different units or kinds
  | 'TARGET_MISSING' // 年度指标值 empty
  | 'ACTUAL_MISSING' // 实际完成值 empty
  | 'WEIGHT_SUM' // indicator weights do not add up to the profile's sum (90)
  | 'WEIGHT_MISSING' // a row without 分值/权重 (Lanshan publishes none; a lost one): it cannot be scored
  | 'UNRECONCILED' // 年度资金总额 ≠ 财政拨款 + 其他资金 in a printed 项目资金 block
  | 'NO_INDICATORS'; // nothing to score but the execution rate (e.g. a table cut off in print)
