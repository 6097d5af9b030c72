import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A refresh token, stored as its SHA-256 (the token itself is 256 random bits, so a fast hash is
 * enough). Each refresh uses one up and issues the next; presenting a used one again means it was
 * stolen, and the whole session is revoked.
 */
@Entity()
@Index('uq_refresh_token_hash', ['tokenHash'], { unique: true })
@Index('ix_refresh_token_session', ['sessionId'])
export class RefreshToken {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  sessionId!: string;

  @Column({ type: 'char', length: 64 })
  tokenHash!: string;

  @Column({ type: 'timestamptz' })
  issuedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt!: Date | null;
}
