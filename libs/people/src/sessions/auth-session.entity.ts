import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * 登录会话: one login. Access tokens name it (`sid`) and the guard checks it on every request, so a
 * logout, a disabled account or an idle period ends every token at once.
 */
@Entity()
@Index('ix_auth_session_user', ['userId'])
export class AuthSession {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  /** Last request or refresh: the idle timeout counts from here. */
  @Column({ type: 'timestamptz' })
  lastSeenAt!: Date;

  /** Absolute end, whatever the activity. */
  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  /** logout, password-changed, refresh-reuse, disabled, password-reset. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  revokedReason!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  clientAddress!: string | null;
}
