import { Decimal } from '@jixiao/decimal';
import { PageView } from '@jixiao/platform';
import { DepartmentIndicator, Indicator, IndicatorSpec } from '../entities';

/** 绩效指标: one row of a target table, its printed cells and what they were parsed into. */
export class IndicatorView {
  id!: string;
  /** 0-based, in printed order */
  position!: number;
  /** @example "产出指标" */
  level1!: string;
  /** @example "数量指标" */
  level2!: string;
  /** 一级指标 as printed */
  level1Printed!: string;
  /** 二级指标 as printed */
  level2Printed!: string;
  /**
   * 三级指标
   * @example "参保人数"
   */
  level3!: string;
  /** 指标解释 */
  explanation!: string | null;
  /** 指标性质 (≥, ≤, =, 定性) */
  operator!: string | null;
  targetKind!: string;
  targetAmount!: Decimal | null;
  /**
   * 年度指标值 as printed
   * @example "≥95%"
   */
  targetText!: string;
  /** 度量单位 */
  unit!: string | null;
  /** 分值/权重 */
  weight!: Decimal | null;
  direction!: string;
  printedText!: string;
  /** line of the published document */
  sourceLine!: number | null;
}

/** An indicator of a project. */
export class ProjectIndicatorView extends IndicatorView {
  projectId!: string;
}

export class IndicatorPage extends PageView {
  items!: ProjectIndicatorView[];
}

/**
 * An indicator as the API shows it: the spec's columns flattened beside id and position, with
 * `level1Printed`/`level2Printed` always the names as printed (stored only where they differ from level1/level2).
 */
export function indicatorView<T extends Indicator | DepartmentIndicator>(
  indicator: T,
): Omit<T, 'spec'> & Omit<IndicatorSpec, 'level1Printed' | 'level2Printed'> & { level1Printed: string; level2Printed: string } {
  const { spec, ...rest } = indicator;
  return {
    ...rest,
    ...spec,
    level1Printed: spec.level1Printed ?? spec.level1,
    level2Printed: spec.level2Printed ?? spec.level2,
  };
}
