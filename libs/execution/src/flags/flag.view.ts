import { Decimal } from '@jixiao/decimal';
import type { FlagCode, Severity } from '@jixiao/monitoring';
import { PageView } from '@jixiao/platform';
import { ApiProperty } from '@nestjs/swagger';
import type { FlagColour, FlagStatus, FlagSubject, PlannedMeasure } from '../entities/execution-flag.entity';

const FIGURES = {
  type: 'object',
  additionalProperties: true,
  description: '预警的计算数据（rate、budget、executed 等，均为小数字符串）',
  example: { rate: '56.7', budget: '1.5', executed: '0.85' },
} as const;

/** 预警 as the API shows it. */
export class FlagView {
  id!: string;
  subject!: FlagSubject;
  /** the project's id, or the department's or the unit's for a flag on their totals */
  subjectId!: string;
  departmentId!: string;
  unitId!: string | null;
  projectId!: string | null;
  fiscalYear!: number;
  code!: FlagCode;
  severity!: Severity;
  colour!: FlagColour;
  /** 预算执行率 (%, 1 place) where the flag has one */
  rate!: Decimal | null;
  /** @example "预算执行率 56.7%，低于序时进度" */
  message!: string;
  @ApiProperty(FIGURES)
  figures!: Record<string, unknown>;
  status!: FlagStatus;
  /** 原因说明 */
  reason!: string | null;
  /** 整改措施 */
  measure!: PlannedMeasure | null;
  answeredBy!: string | null;
  answeredAt!: Date | null;
  closedBy!: string | null;
  closedAt!: Date | null;
  closingNote!: string | null;
  createdAt!: Date;
  updatedAt!: Date;
}

export class NamedRef {
  id!: string;
  /** @example "乐山市医疗保障局" */
  name!: string;
}

export class ProjectRef {
  id!: string;
  code!: string | null;
  /** @example "医疗保障信息化建设" */
  name!: string;
}

/** A flag as the list shows it, with the names of what it is about. */
export class FlagListItem {
  id!: string;
  code!: string;
  severity!: string;
  colour!: string;
  status!: string;
  rate!: string | null;
  message!: string;
  @ApiProperty(FIGURES)
  figures!: Record<string, unknown>;
  reason!: string | null;
  measure!: string | null;
  answeredAt!: Date | null;
  closedAt!: Date | null;
  closingNote!: string | null;
  fiscalYear!: number;
  createdAt!: Date;
  department!: NamedRef;
  unit!: NamedRef | null;
  project!: ProjectRef | null;
}

export class FlagPageView extends PageView {
  items!: FlagListItem[];
}
