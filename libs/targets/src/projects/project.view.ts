import { Decimal } from '@jixiao/decimal';
import { PageView } from '@jixiao/platform';
import { IndicatorView } from '../indicators/indicator.view';

/** 项目 as the API shows it; amounts in 万元 (exact decimal strings). */
export class ProjectView {
  id!: string;
  departmentId!: string;
  unitId!: string | null;
  fiscalYear!: number;
  /** @example "51110022T000000123456" */
  code!: string | null;
  /** @example "医疗保障信息化建设" */
  name!: string;
  /** 项目类别 */
  category!: string | null;
  /** 年度资金总额 */
  budget!: Decimal | null;
  /** 其中：财政拨款 */
  fiscalBudget!: Decimal | null;
  /** 其他资金 */
  otherBudget!: Decimal | null;
  /** 年度总体目标 */
  goal!: string | null;
  /** 主管部门 */
  competentDepartment!: string | null;
  /** 实施单位 */
  implementingUnit!: string | null;
  /** read it and send it back with a change (optimistic locking) */
  version!: number;
  createdAt!: Date;
  updatedAt!: Date;
}

/** A project in a list: its indicator count instead of the indicators. */
export class ProjectListItem extends ProjectView {
  indicatorCount!: number;
}

export class ProjectPage extends PageView {
  items!: ProjectListItem[];
}

/** A project with its indicators in printed order. */
export class ProjectDetail extends ProjectView {
  indicators!: IndicatorView[];
}
