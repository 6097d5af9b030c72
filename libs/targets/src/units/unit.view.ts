import { PageView } from '@jixiao/platform';

/** 单位 (budget unit) as the API shows it. */
export class UnitView {
  id!: string;
  departmentId!: string;
  /** @example "315001" */
  code!: string | null;
  /** @example "乐山市医疗保障局机关" */
  name!: string;
}

export class UnitPage extends PageView {
  items!: UnitView[];
}
