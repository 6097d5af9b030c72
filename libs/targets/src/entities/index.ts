import { BudgetUnit } from './budget-unit.entity';
import { Department } from './department.entity';
import { DepartmentIndicator } from './department-indicator.entity';
import { DepartmentTarget } from './department-target.entity';
import { DepartmentTask } from './department-task.entity';
import { ImportBatch } from './import-batch.entity';
import { Indicator } from './indicator.entity';
import { Project } from './project.entity';
import { StatedTotal } from './stated-total.entity';

export {
  BudgetUnit,
  Department,
  DepartmentIndicator,
  DepartmentTarget,
  DepartmentTask,
  ImportBatch,
  Indicator,
  Project,
  StatedTotal,
};
export type { StatedTotalSource } from './stated-total.entity';
export * from './indicator-spec.embedded';

export const TARGET_ENTITIES = [
  Department,
  BudgetUnit,
  Project,
  Indicator,
  DepartmentTarget,
  DepartmentTask,
  DepartmentIndicator,
  ImportBatch,
  StatedTotal,
];
