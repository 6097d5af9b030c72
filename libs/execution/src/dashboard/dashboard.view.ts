import { ApiProperty } from '@nestjs/swagger';

export class FlagColourCounts {
  red!: number;
  yellow!: number;
}

export class FlagCounts {
  total!: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, description: '按预警代码计数', example: { LAGGING: 2 } })
  byCode!: Record<string, number>;
  byColour!: FlagColourCounts;
}

/** One row of the dashboard: a department, a unit, or the total. */
export class DashboardGroup {
  id!: string | null;
  /** @example "乐山市医疗保障局" */
  name!: string;
  projects!: number;
  projectsWithRecords!: number;
  /** 预算数 (调整后 where given), 万元 */
  budget!: string;
  /** 累计执行数, 万元 */
  executed!: string;
  /** 预算执行率, % to 1 place; null when there is no budget. */
  rate!: string | null;
  flags!: FlagCounts;
}

/** 执行监控看板 */
export class Dashboard {
  fiscalYear!: number;
  /** department: by department; unit: one department by unit. */
  groupedBy!: 'department' | 'unit';
  departmentId!: string | null;
  total!: DashboardGroup;
  groups!: DashboardGroup[];
}
