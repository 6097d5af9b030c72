import { Decimal } from '@jixiao/decimal';
import { amountColumn, weightColumn } from '@jixiao/database';
import { Column } from 'typeorm';

/**
 * The columns of one indicator row (绩效指标), shared by project and department-wide indicators.
 * The parsed target sits beside the printed text, which is kept verbatim.
 */
export class IndicatorSpec {
  /** 一级指标: the catalogue name (the printed one where the catalogue has none) */
  @Column({ type: 'varchar', length: 100 })
  level1!: string;

  /** 二级指标, likewise */
  @Column({ type: 'varchar', length: 100 })
  level2!: string;

  /**
   * 一级指标 verbatim as printed where it differs from level1 (`效果指标`); null where level1 is what was
   * printed. indicatorView shows the printed name either way.
   */
  @Column({ type: 'varchar', length: 100, nullable: true })
  level1Printed!: string | null;

  /** 二级指标 verbatim as printed where it differs from level2 (`可持续发展指标`); null otherwise. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  level2Printed!: string | null;

  /** 三级指标: the indicator's own name */
  @Column({ type: 'text' })
  level3!: string;

  /** 指标解释 (Jilin) */
  @Column({ type: 'text', nullable: true })
  explanation!: string | null;

  /** 指标性质: = ≥ ≤ > < 定性 */
  @Column({ type: 'varchar', length: 8, nullable: true })
  operator!: string | null;

  /** number / deadline / as-actual / qualitative / empty */
  @Column({ type: 'varchar', length: 16 })
  targetKind!: string;

  /** 指标值 when numeric */
  @Column({ ...amountColumn, nullable: true })
  targetAmount!: Decimal | null;

  /** 指标值 as text, without operator and unit: the label, the deadline (`12月`), 据实, or the number */
  @Column({ type: 'text' })
  targetText!: string;

  /** The parsed target (IndicatorValue) as JSON, amounts as strings. */
  @Column({ type: 'jsonb' })
  target!: Record<string, unknown>;

  /** 度量单位 */
  @Column({ type: 'varchar', length: 40, nullable: true })
  unit!: string | null;

  /** 权重; null where the table has none */
  @Column({ ...weightColumn, nullable: true })
  weight!: Decimal | null;

  /** 指标方向性: positive / reverse / exact */
  @Column({ type: 'varchar', length: 10 })
  direction!: string;

  /** The printed cells, verbatim. */
  @Column({ type: 'text' })
  printedText!: string;

  /** Line in the source document, for warnings and audits. */
  @Column({ type: 'int', nullable: true })
  sourceLine!: number | null;
}
