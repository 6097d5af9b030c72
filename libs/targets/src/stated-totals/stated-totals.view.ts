import type { StatedTotalSource } from '../entities';

/** 文件所列合计: what a document states (or a manager entered). */
export class StatedTotalView {
  /** 项目个数 as stated */
  projects!: number | null;
  /** 万元 */
  budget!: string;
  source!: StatedTotalSource;
  /** line of the document that states it */
  sourceLine!: number | null;
}

/** What the projects add up to. */
export class SummedTotalView {
  projects!: number;
  /** 万元 */
  budget!: string;
}

export class StatedUnitRef {
  id!: string;
  code!: string | null;
  /** @example "乐山市医疗保障局机关" */
  name!: string;
}

export class DepartmentStatedTotals {
  stated!: StatedTotalView | null;
  summed!: SummedTotalView;
}

export class UnitStatedTotals extends DepartmentStatedTotals {
  unit!: StatedUnitRef;
}

/** What the documents state beside what the projects add up to, for the department and each unit. */
export class StatedTotalsView {
  departmentId!: string;
  fiscalYear!: number;
  department!: DepartmentStatedTotals;
  units!: UnitStatedTotals[];
}
