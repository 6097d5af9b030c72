import { PageView } from '@jixiao/platform';
import { ApiProperty } from '@nestjs/swagger';
import type { AuditOutcome } from './audit-entry.entity';

const SNAPSHOT = { type: 'object', additionalProperties: true, nullable: true } as const;

/** 审计日志 entry (append-only). */
export class AuditEntryView {
  id!: string;
  at!: Date;
  /** null for anonymous attempts (a failed login with an unknown username) */
  userId!: string | null;
  username!: string | null;
  /** @example "EVALUATION.SUBMIT" */
  action!: string;
  objectType!: string | null;
  objectId!: string | null;
  @ApiProperty({ ...SNAPSHOT, description: '修改前' })
  before!: Record<string, unknown> | null;
  @ApiProperty({ ...SNAPSHOT, description: '修改后' })
  after!: Record<string, unknown> | null;
  outcome!: AuditOutcome;
  clientAddress!: string | null;
  /** why it failed, or a reason given */
  detail!: string | null;
}

export class AuditPage extends PageView {
  items!: AuditEntryView[];
}
