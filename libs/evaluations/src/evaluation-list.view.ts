import { PageView } from '@jixiao/platform';
import type { Grade } from '@jixiao/scoring';
import { ApiProperty } from '@nestjs/swagger';
import type { EvaluationSource, EvaluationState } from './entities';

/** One evaluation in the department-year list (numbers are decimal strings). */
export class EvaluationListItem {
  id!: string;
  projectId!: string | null;
  /** @example "医疗保障信息化建设" */
  projectName!: string;
  unitId!: string | null;
  /** @example "乐山市金口河区医疗保障局" */
  unitName!: string | null;
  source!: EvaluationSource;
  state!: EvaluationState;
  /** scoring profile id: jinkouhe | standard */
  profile!: string;
  /** 全年预算数, 万元 */
  budget!: string | null;
  /** 全年执行数, 万元 */
  executed!: string | null;
  /** 预算执行率, percent */
  executionRate!: string | null;
  /** @example "91.4" */
  total!: string | null;
  printedTotal!: string | null;
  grade!: Grade | null;
  version!: number;
}

/** A labelled mean. */
export class RollupFigure {
  /** @example "简单平均分" */
  label!: string;
  /** 2 places, half-up; null when nothing is scored (or no budget to weigh by). */
  value!: string | null;
  /** How many evaluations went into it. */
  count!: number;
}

/** 部门汇总: two means, clearly labelled, over the evaluations with a total. */
export class EvaluationRollup {
  evaluations!: number;
  scored!: number;
  simpleMean!: RollupFigure;
  budgetWeightedMean!: RollupFigure;
  @ApiProperty({
    description: '各等级个数',
    type: 'object',
    properties: { 优: { type: 'integer' }, 良: { type: 'integer' }, 中: { type: 'integer' }, 差: { type: 'integer' } },
    required: ['优', '良', '中', '差'],
  })
  grades!: Record<Grade, number>;
}

/** A department's year: one page of the evaluations matching the filters, and the roll-up over all of them. */
export class EvaluationList extends PageView {
  items!: EvaluationListItem[];
  rollup!: EvaluationRollup;
}
