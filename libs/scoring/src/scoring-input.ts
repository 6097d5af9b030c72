import type { Decimal } from '@jixiao/decimal';
import type { Direction, IndicatorValue } from '@jixiao/indicator-value';

/** The three bands an evaluator chooses for a qualitative row (标准规则): 达成 [0.8w, w], 部分达成 [0.6w, 0.8w), 未达成 [0, 0.6w). */
export type QualitativeBand = 'achieved' | 'partly-achieved' | 'not-achieved';

/** One indicator row of a self-evaluation, with already-parsed values (see @jixiao/indicator-value). */
export interface IndicatorInput {
  level1: string;
  level2: string;
  /** 三级指标: the indicator's own name; errors and findings name the row by it. */
  level3: string;
  /** 年度指标值 */
  target: IndicatorValue;
  /** 分值/权重 */
  weight: Decimal;
  direction: Direction;
  /** 实际完成值; null or absent while not entered. */
  actual?: IndicatorValue | null;
  /** The evaluator's band for a qualitative row; needs `manualScore` inside it. */
  band?: QualitativeBand | null;
  /** A score set by hand (by an evaluator or reviewer) instead of the computed one. */
  manualScore?: Decimal | null;
  manualReason?: string | null;
  /** 扣分原因分析: required wherever the score is below the weight. */
  deductionReason?: string | null;
  /** 偏离原因: explains an actual far above the target (偏离度); it clears OVER_ACHIEVED. */
  deviationReason?: string | null;
}

/** One project's self-evaluation: its indicators and its money (万元). */
export interface ProjectInput {
  indicators: IndicatorInput[];
  /** 全年预算数 (Sichuan: 调整后预算数). */
  budget: Decimal | null;
  /** 全年执行数 */
  executed: Decimal | null;
  /** 扣分原因分析 of the 预算执行率 row. */
  executionDeductionReason?: string | null;
  /** The evaluation year: completes deadlines printed without one (`8月底前`). */
  year?: number | null;
}
