import { PageView } from '@jixiao/platform';

/** 部门 as the API shows it. */
export class DepartmentView {
  id!: string;
  /**
   * 部门编码 where the documents print one
   * @example "315"
   */
  code!: string | null;
  /** @example "乐山市医疗保障局" */
  name!: string;
  createdAt!: Date;
  updatedAt!: Date;
}

export class DepartmentPage extends PageView {
  items!: DepartmentView[];
}
