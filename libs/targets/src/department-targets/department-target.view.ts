import { Decimal } from '@jixiao/decimal';
import { IndicatorView } from '../indicators/indicator.view';

/** 部门整体支出绩效目标: a 年度主要任务 with its budget. */
export class DepartmentTaskView {
  id!: string;
  position!: number;
  /** @example "医疗保障待遇落实" */
  name!: string;
  content!: string;
  budget!: Decimal | null;
}

/** 部门整体支出绩效目标表 of a department and year. */
export class DepartmentTargetView {
  id!: string;
  departmentId!: string;
  fiscalYear!: number;
  budget!: Decimal | null;
  fiscalBudget!: Decimal | null;
  otherBudget!: Decimal | null;
  /** 年度总体目标 */
  goal!: string | null;
  tasks!: DepartmentTaskView[];
  indicators!: IndicatorView[];
}
