import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type AuditOutcome = 'success' | 'failure';

/**
 * 审计记录: who did what to which object, when, from where, and whether it worked. Append-only:
 * a trigger (migration PeopleTables) refuses UPDATE, TRUNCATE and DELETE, except the retention
 * purge of entries older than six months through `audit_purge()`.
 */
@Entity()
@Index('ix_audit_entry_at', ['at'])
@Index('ix_audit_entry_user', ['userId', 'at'])
@Index('ix_audit_entry_object', ['objectType', 'objectId'])
@Index('ix_audit_entry_action', ['action', 'at'])
export class AuditEntry {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column({ type: 'timestamptz' })
  at!: Date;

  /** Null for anonymous attempts (a failed login with an unknown username). */
  @Column({ type: 'uuid', nullable: true })
  userId!: string | null;

  /** The name used, kept even if the account is later renamed or was never found. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  username!: string | null;

  /** `AUTH.LOGIN`, `USER.UPDATE`, `EVALUATION.SUBMIT`… */
  @Column({ type: 'varchar', length: 64 })
  action!: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  objectType!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  objectId!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  before!: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after!: Record<string, unknown> | null;

  @Column({ type: 'varchar', length: 8 })
  outcome!: AuditOutcome;

  @Column({ type: 'varchar', length: 64, nullable: true })
  clientAddress!: string | null;

  /** Why it failed (`AUTH.INVALID_CREDENTIALS`, `USER.VERSION_CONFLICT`) or a reason given. */
  @Column({ type: 'text', nullable: true })
  detail!: string | null;
}
